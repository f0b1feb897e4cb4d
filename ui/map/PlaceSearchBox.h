#pragma once

#include <QGeoCoordinate>
#include <QLineEdit>

#include <memory>

namespace burgernet {

class PlaceSearch;
class PlaceTable;

// The map's search box: a Dutch place name (with completion, aliases such as Den Bosch) or
// coordinates (WGS84 decimal or DMS, RD x/y). Enter looks it up and says where it is.
class PlaceSearchBox : public QLineEdit
{
    Q_OBJECT
public:
    PlaceSearchBox(PlaceTable places, QWidget* parent = nullptr);
    ~PlaceSearchBox() override;

    // Looks up `text` (what Enter does).
    void search(const QString& text);

Q_SIGNALS:
    // `zoom` suits what was found: a city, a village, or a typed point.
    void found(const QGeoCoordinate& coordinate, double zoom, const QString& description);
    void notFound(const QString& message);

private:
    std::unique_ptr<PlaceSearch> m_search;
};

} // namespace burgernet
