#include "ui/map/PlaceSearchBox.h"

#include "app/geo/LocationParser.h"
#include "app/register/PlaceSearch.h"

#include <QCompleter>

namespace burgernet {

PlaceSearchBox::PlaceSearchBox(PlaceTable places, QWidget* parent)
    : QLineEdit(parent)
    , m_search(std::make_unique<PlaceSearch>(std::move(places)))
{
    setObjectName(QStringLiteral("placeSearch"));
    setPlaceholderText(tr("Place or coordinates"));
    setToolTip(tr("A place (Den Bosch, 's-Gravenhage), WGS84 (52.3731, 4.8932 or "
                  "52°22'23\"N 4°53'35\"E) or RD (121400 487400); Enter"));
    setClearButtonEnabled(true);
    auto* completer = new QCompleter(m_search->names(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchStartsWith);
    setCompleter(completer);
    connect(this, &QLineEdit::returnPressed, this, [this] { search(text()); });
}

PlaceSearchBox::~PlaceSearchBox() = default;

void PlaceSearchBox::search(const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    if (LocationParser::looksLikeCoordinates(text)) {
        auto parsed = LocationParser::parse(text);
        if (!parsed) {
            Q_EMIT notFound(parsed.errorMessage());
            return;
        }
        const QGeoCoordinate& c = parsed->coordinate;
        Q_EMIT found(c, 16,
                     tr("%1° N %2° E").arg(c.latitude(), 0, 'f', 5).arg(c.longitude(), 0, 'f', 5));
        return;
    }
    const auto places = m_search->find(text, 1);
    if (places.empty()) {
        Q_EMIT notFound(tr("No place \"%1\" in the place list, and not coordinates either.")
                            .arg(text.trimmed()));
        return;
    }
    const Place& p = *places.front();
    const double zoom = p.population >= 100000 ? 12 : p.population >= 20000 ? 13 : 14;
    Q_EMIT found(QGeoCoordinate(p.lat, p.lon), zoom,
                 tr("%1 (%2)").arg(PlaceSearch::displayName(p), p.province));
}

} // namespace burgernet
