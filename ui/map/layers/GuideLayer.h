#pragma once

#include "app/geo/GeoArea.h"
#include "ui/map/MapLayer.h"

namespace burgernet {

// Areas the map shows without them being the alert area: the area assistant's suggested circle
// (a dashed blue ring the dispatcher can accept) and the area of an action under review (a
// dashed orange outline while the approver looks at it).
class GuideLayer : public MapLayer
{
    Q_OBJECT
public:
    explicit GuideLayer(QObject* parent = nullptr);

    void setSuggestion(const GeoArea& area, const QString& label = {});
    void setReviewed(const GeoArea& area, const QString& label = {});
    const GeoArea& suggestion() const { return m_suggestion; }
    const GeoArea& reviewed() const { return m_reviewed; }

    void paint(QPainter& painter, const MapViewport& viewport) override;

private:
    GeoArea m_suggestion;
    QString m_suggestionLabel;
    GeoArea m_reviewed;
    QString m_reviewedLabel;
};

} // namespace burgernet
