#pragma once

#include <QObject>
#include <QString>

class QPainter;

namespace burgernet {

class MapViewport;

// One layer of the map, as in KDE Marble's LayerInterface: a z-order, its own visibility and a
// paint() that draws from what the layer already holds. paint() runs in the GUI thread on every
// frame and must never wait on the network or the disk: layers that load (tiles, the
// participant aggregates) do it elsewhere and emit changed() when there is more to show.
class MapLayer : public QObject
{
    Q_OBJECT
public:
    // The stack from the bottom (the canvas sorts by z); names stay readable above the dots.
    enum ZOrder {
        BasemapZ = 0,
        TilesZ = 100,
        OfflineTilesZ = 150,
        LabelsZ = 350,
        ParticipantsZ = 300,
        AreasZ = 400
    };

    MapLayer(QString id, QString name, int zValue, QObject* parent = nullptr);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    int zValue() const { return m_zValue; }
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);
    // Arranged by the user in the layer list; the canvas restacks after a z change.
    void setZValue(int zValue);
    double opacity() const { return m_opacity; }
    void setOpacity(double opacity);

    virtual void paint(QPainter& painter, const MapViewport& viewport) = 0;
    // The provider's credit, drawn in the map's corner while the layer is visible.
    virtual QString attribution() const { return {}; }

Q_SIGNALS:
    void changed();
    void visibilityChanged(bool visible);

protected:
    // For layers that learn their name later (an MBTiles file's metadata).
    void setName(const QString& name) { m_name = name; }

private:
    QString m_id;
    QString m_name;
    int m_zValue;
    bool m_visible = true;
    double m_opacity = 1.0;
};

} // namespace burgernet
