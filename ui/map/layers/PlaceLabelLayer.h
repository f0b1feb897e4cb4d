#pragma once

#include "app/register/PlaceTable.h"
#include "ui/map/MapLayer.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QPointF>

#include <vector>

namespace burgernet {

// Place names from the GeoNames place table, the most populous first, each only where it does
// not overlap a label already placed; more and smaller places as the map zooms in.
class PlaceLabelLayer : public MapLayer
{
    Q_OBJECT
public:
    // Copies what it draws of each place and keeps nothing of `places`: the table may go.
    explicit PlaceLabelLayer(const std::vector<Place>& places, QObject* parent = nullptr);

    void paint(QPainter& painter, const MapViewport& viewport) override;
    QString attribution() const override { return tr("GeoNames (CC BY 4.0)"); }

    // The names placed in the last frame, for tests.
    const QStringList& lastLabels() const { return m_lastLabels; }
    // The smallest population labelled at a zoom.
    static qint64 minimumPopulation(double zoom);

private:
    struct Label
    {
        QString name;
        QPointF world;
        qint64 population;
        bool section;
    };
    // A label drawn once (text with its white halo) and blitted on every frame after: laying
    // out and stroking text is what a frame of names would otherwise spend its time on.
    const QImage& sprite(size_t label, const QFont& base);

    std::vector<Label> m_labels; // by population, descending
    QHash<size_t, QImage> m_sprites;
    QFont m_spriteFont;
    QStringList m_lastLabels;
};

} // namespace burgernet
