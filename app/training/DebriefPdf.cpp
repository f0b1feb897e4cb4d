#include "app/training/DebriefReport.h"

#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace burgernet {

Status DebriefPdf::write(const Debrief& debrief, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Debrief: %1").arg(debrief.title));
        writer.setCreator(QStringLiteral("Burgernet Console"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        writer.setResolution(300);
        QTextDocument document;
        document.setDefaultStyleSheet(
            QStringLiteral("h2 { color: #6a1b9a; } h3 { color: #4a148c; } th { background: "
                           "#ede7f6; }"));
        document.setHtml(QStringLiteral("<p style=\"color:#6a1b9a\"><b>%1</b></p>")
                             .arg(tr("TRAINING — exercise debrief")) +
                         DebriefReport::html(debrief));
        document.print(&writer);
    }
    if (file.error() != QFileDevice::NoError)
        return Error{
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace burgernet
