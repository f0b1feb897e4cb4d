#include "ui/map/PlaceSearchBox.h"

#include "app/geo/LocationParser.h"
#include "app/geocode/PlaceFinder.h"
#include "app/register/PlaceSearch.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace burgernet {

namespace {
constexpr int kLabelRole = Qt::UserRole + 1;
constexpr int kIndexRole = Qt::UserRole + 2;
constexpr int kSuggestDelayMs = 250;
constexpr int kMaxOfflineSuggestions = 8;
} // namespace

QString PlaceSearchBox::kindName(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Address:
        return tr("address");
    case PlaceKind::Postcode:
        return tr("postcode");
    case PlaceKind::Street:
        return tr("street");
    case PlaceKind::Place:
        break;
    case PlaceKind::Municipality:
        return tr("municipality");
    }
    return tr("place");
}

PlaceSearchBox::PlaceSearchBox(PlaceTable places, PlaceFinder& finder, QWidget* parent)
    : QLineEdit(parent)
    , m_places(std::make_unique<PlaceSearch>(std::move(places)))
    , m_finder(finder)
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
    , m_suggestTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("placeSearch"));
    setPlaceholderText(tr("Address, postcode, place or coordinates"));
    setToolTip(tr("An address (Oudegracht 12 Utrecht), a postcode (3511 AB), a street, a place "
                  "(Den Bosch, 's-Gravenhage), WGS84 (52.3731, 4.8932 or 52°22'23\"N "
                  "4°53'35\"E) or RD (121400 487400); Enter"));
    setClearButtonEnabled(true);
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kLabelRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);
    m_completer->popup()->setObjectName(QStringLiteral("placeSuggestions"));
    setCompleter(m_completer);
    m_suggestTimer->setSingleShot(true);
    m_suggestTimer->setInterval(kSuggestDelayMs);
    connect(m_suggestTimer, &QTimer::timeout, this, [this] { m_finder.suggest(text()); });
    connect(this, &QLineEdit::textEdited, this, &PlaceSearchBox::edited);
    connect(&m_finder, &PlaceFinder::suggestions, this, &PlaceSearchBox::showSuggestions);
    connect(&m_finder, &PlaceFinder::found, this, &PlaceSearchBox::answered);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const int i = index.data(kIndexRole).toInt();
                if (i >= 0 && i < static_cast<int>(m_suggestions.size()))
                    m_chosen = m_suggestions[static_cast<size_t>(i)];
                m_suggestTimer->stop();
            });
    connect(this, &QLineEdit::returnPressed, this, [this] { search(text()); });
}

PlaceSearchBox::~PlaceSearchBox() = default;

void PlaceSearchBox::edited(const QString& text)
{
    m_chosen.reset();
    m_wantSuggestions = true;
    if (text.trimmed().size() < 2 || LocationParser::looksLikeCoordinates(text)) {
        m_suggestTimer->stop();
        return;
    }
    m_suggestTimer->start();
}

void PlaceSearchBox::showSuggestions(const PlaceAnswer& answer)
{
    if (!m_wantSuggestions || answer.query != text() || !hasFocus())
        return; // searched already, typed on since, or left the box
    m_suggestions = answer.hits;
    if (static_cast<int>(m_suggestions.size()) > kMaxOfflineSuggestions)
        m_suggestions.resize(kMaxOfflineSuggestions);
    m_suggestionsOffline = answer.offline;
    m_model->clear();
    for (size_t i = 0; i < m_suggestions.size(); ++i) {
        const PlaceHit& hit = m_suggestions[i];
        auto* item = new QStandardItem(tr("%1 — %2").arg(hit.label, kindName(hit.kind)));
        item->setData(hit.label, kLabelRole);
        item->setData(static_cast<int>(i), kIndexRole);
        item->setToolTip(answer.offline ? tr("Offline: from the place list and postcode centres")
                                        : tr("PDOK Locatieserver"));
        m_model->appendRow(item);
    }
    if (!m_suggestions.empty())
        m_completer->complete();
}

void PlaceSearchBox::search(const QString& text)
{
    m_suggestTimer->stop();
    m_wantSuggestions = false;
    if (text.trimmed().isEmpty())
        return;
    if (m_chosen && m_chosen->label == text) {
        const PlaceHit hit = *m_chosen;
        m_chosen.reset();
        use(hit, m_suggestionsOffline);
        return;
    }
    if (LocationParser::looksLikeCoordinates(text)) {
        auto parsed = LocationParser::parse(text);
        if (!parsed) {
            Q_EMIT notFound(parsed.errorMessage());
            return;
        }
        const QGeoCoordinate& c = parsed->coordinate;
        m_lastHit.reset();
        Q_EMIT found(c, 16,
                     tr("%1° N %2° E").arg(c.latitude(), 0, 'f', 5).arg(c.longitude(), 0, 'f', 5));
        return;
    }
    // A place's own name needs no service: the list knows it, and answers at once.
    if (const auto places = m_places->findExact(text, 1); !places.empty()) {
        const Place& p = *places.front();
        const double zoom = p.population >= 100000 ? 12 : p.population >= 20000 ? 13 : 14;
        const QGeoCoordinate at(p.lat, p.lon);
        const QString label = tr("%1 (%2)").arg(PlaceSearch::displayName(p), p.province);
        m_lastHit = PlaceHit{PlaceKind::Place, label, at, {}};
        Q_EMIT found(at, zoom, label);
        return;
    }
    m_pendingSearch = text;
    m_finder.search(text);
}

void PlaceSearchBox::answered(const PlaceAnswer& answer)
{
    if (answer.query != m_pendingSearch)
        return; // an older search, or one started elsewhere
    m_pendingSearch.clear();
    if (answer.hits.empty()) {
        Q_EMIT notFound(answer.offline
                            ? tr("No place or postcode \"%1\" in the offline place list (%2)")
                                  .arg(answer.query.trimmed(), answer.problem)
                            : tr("PDOK Locatieserver found no address or place \"%1\".")
                                  .arg(answer.query.trimmed()));
        return;
    }
    use(answer.hits.front(), answer.offline);
}

void PlaceSearchBox::use(const PlaceHit& hit, bool offline)
{
    m_lastHit = hit;
    const QString description = tr("%1 (%2)").arg(hit.label, kindName(hit.kind));
    Q_EMIT found(hit.coordinate, zoomFor(hit.kind),
                 offline
                     ? tr("%1, offline: from the place list and postcode centres").arg(description)
                     : description);
}

} // namespace burgernet
