#include "ui/WindowScreenshot.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QRegularExpression>
#include <QWidget>

namespace burgernet {

Result<QSize> WindowScreenshot::parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return Error{tr("Invalid size \"%1\": use WIDTHxHEIGHT, e.g. 1280x800.").arg(text)};
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 320 || size.height() < 240 || size.width() > 7680 || size.height() > 4320)
        return Error{tr("Size %1 is out of range (320x240 to 7680x4320).").arg(text)};
    return size;
}

Status WindowScreenshot::save(QWidget& window, const QString& fileName, const QSize& size)
{
    window.resize(size);
    window.show();
    // Let layouts, docks and queued loads settle before rendering.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const QPixmap pixmap = window.grab();
    const QFileInfo info(fileName);
    if (!info.absoluteDir().exists())
        return Error{tr("The folder of %1 does not exist.").arg(fileName)};
    if (!pixmap.save(fileName, "PNG"))
        return Error{tr("Cannot write the screenshot to %1.").arg(fileName)};
    return {};
}

} // namespace burgernet
