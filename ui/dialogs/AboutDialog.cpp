#include "ui/dialogs/AboutDialog.h"

#include "app/core/Version.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace burgernet {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Burgernet Console"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setWordWrap(true);
    text->setText(
        tr("<h3>Burgernet Console %1</h3>"
           "<p>Control-room console for Burgernet citizen-participation alerts: draw an area, "
           "reach the participants inside it, close every action with an outcome.</p>"
           "<p>Licensed under the European Union Public Licence (EUPL) 1.2.</p>"
           "<p>Place data: <a href=\"https://www.geonames.org\">GeoNames</a>, licensed under "
           "<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>.</p>"
           "<p>Offline basemap: <a href=\"https://www.naturalearthdata.com\">Natural Earth</a> "
           "(public domain), via world-atlas. Online maps: PDOK BRT-Achtergrondkaart, "
           "Kaartgegevens © Kadaster (CC BY 4.0); © OpenStreetMap contributors (ODbL).</p>"
           "<p>Built with Qt %2.</p>"
           "<p>The statistics charts use Qt Charts, licensed under the GNU GPL version 3. The "
           "EUPL-1.2 lists the GPL-3 as a compatible licence: this program, linked with Qt "
           "Charts, is distributed under the terms of the GPL-3, and its source is available "
           "under both.</p>")
            .arg(QLatin1String(kVersion), QLatin1String(qVersion())));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace burgernet
