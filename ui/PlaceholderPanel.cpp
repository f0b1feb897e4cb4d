#include "ui/PlaceholderPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace burgernet {

PlaceholderPanel::PlaceholderPanel(const QString& title, const QString& explanation,
                                   QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    auto* body = new QLabel(explanation, this);
    body->setWordWrap(true);
    body->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
}

} // namespace burgernet
