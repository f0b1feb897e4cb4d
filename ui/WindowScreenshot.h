#pragma once

#include "core/Result.h"

#include <QSize>
#include <QString>

class QWidget;

namespace burgernet {

// Renders a top-level window into a PNG file (documentation, checks), without a real display.
Status saveWindowScreenshot(QWidget& window, const QString& fileName, const QSize& size);

// Parses "WxH" as given to --size.
Result<QSize> parseScreenshotSize(const QString& text);

} // namespace burgernet
