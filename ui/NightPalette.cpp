#include "ui/NightPalette.h"

#include <QApplication>
#include <QStyle>

namespace burgernet {

namespace {
const char* kSchemeProperty = "burgernetScheme";
}

QPalette NightPalette::night()
{
    QPalette p;
    const QColor window(0x20, 0x22, 0x25);
    const QColor base(0x17, 0x18, 0x1a);
    const QColor text(0xc9, 0xcc, 0xd1);
    const QColor muted(0x7a, 0x7e, 0x85);
    const QColor button(0x2a, 0x2d, 0x31);
    const QColor highlight(0x3d, 0x5a, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Light, button.lighter(130));
    p.setColor(QPalette::Midlight, button.lighter(115));
    p.setColor(QPalette::Mid, button.darker(120));
    p.setColor(QPalette::Dark, base.darker(120));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    return p;
}

void NightPalette::apply(QApplication& app, Scheme scheme)
{
    app.setProperty(kSchemeProperty, id(scheme));
    QApplication::setPalette(scheme == Scheme::Night ? night()
                                                     : QApplication::style()->standardPalette());
}

NightPalette::Scheme NightPalette::current(const QApplication& app)
{
    return fromId(app.property(kSchemeProperty).toString());
}

NightPalette::Scheme NightPalette::fromId(const QString& id)
{
    return id == QLatin1String("night") ? Scheme::Night : Scheme::Day;
}

QString NightPalette::id(Scheme scheme)
{
    return scheme == Scheme::Night ? QStringLiteral("night") : QStringLiteral("day");
}

} // namespace burgernet
