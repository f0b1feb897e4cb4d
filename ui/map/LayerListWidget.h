#pragma once

#include <QListWidget>
#include <QSet>

namespace burgernet {

class MapCanvas;
class Settings;

// The map's layers, top first, each with a check box for its visibility. The user changes their
// order (Raise, Lower, or dragging a row) and opacity (the context menu); both are kept in the
// user's settings (map/layerStyle) and applied to the layers again in the next session.
class LayerListWidget : public QListWidget
{
    Q_OBJECT
public:
    explicit LayerListWidget(MapCanvas& canvas, Settings* settings = nullptr,
                             QWidget* parent = nullptr);
    // Re-reads the canvas's layers (after one was added), applying the saved order and opacity.
    void refresh();
    // Moves the layer `steps` rows up (negative: down) in the list, i.e. above the others.
    bool moveLayer(const QString& id, int steps);
    bool setLayerOpacity(const QString& id, double opacity);

private:
    void applyOrder(const QStringList& topFirst);
    void save();
    void applySaved();
    void showMenu(const QPoint& at);

    MapCanvas& m_canvas;
    Settings* m_settings = nullptr;
    bool m_filling = false;
    QSet<QString> m_watched;
    QSet<QString> m_applied;
};

} // namespace burgernet
