#pragma once

#include <QListWidget>
#include <QSet>

namespace burgernet {

class MapCanvas;

// The map's layers, top first, each with a check box for its visibility.
class LayerListWidget : public QListWidget
{
    Q_OBJECT
public:
    explicit LayerListWidget(MapCanvas& canvas, QWidget* parent = nullptr);
    // Re-reads the canvas's layers (after one was added).
    void refresh();

private:
    MapCanvas& m_canvas;
    bool m_filling = false;
    QSet<QString> m_watched;
};

} // namespace burgernet
