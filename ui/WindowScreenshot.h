#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

class QWidget;

namespace burgernet {

// Renders a top-level window into a PNG file (documentation, checks), without a real display.
class WindowScreenshot
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::WindowScreenshot)

public:
    static Status save(QWidget& window, const QString& fileName, const QSize& size);
    // Parses "WxH" as given to --size.
    static Result<QSize> parseSize(const QString& text);
};

} // namespace burgernet
