#pragma once

#include "ui/map/tiles/TileSeeder.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace burgernet {

// "Prepare offline map…": downloads the background's tiles for the visible map or the whole
// country and a zoom range into an MBTiles file, saying first how many tiles and about how much
// disk that is, then showing progress with a cancel. When done, prepared() names the file.
class PrepareOfflineMapDialog : public QDialog
{
    Q_OBJECT
public:
    // `visible` is the map's view (west, south, east, north in degrees).
    PrepareOfflineMapDialog(TileSource source, const QRectF& visible, int zoom,
                            const QString& defaultPath, QWidget* parent = nullptr);
    ~PrepareOfflineMapDialog() override;

    SeedPlan plan() const;
    QSpinBox* minZoomBox() const { return m_minZoom; }
    QSpinBox* maxZoomBox() const { return m_maxZoom; }
    QComboBox* extentChoice() const { return m_extent; }
    QLineEdit* pathEdit() const { return m_path; }
    QLabel* estimateLabel() const { return m_estimate; }
    QPushButton* startButton() const { return m_start; }
    QProgressBar* progressBar() const { return m_progress; }
    bool isRunning() const { return m_seeder && m_seeder->isRunning(); }

    // Plans above this many tiles are refused: a fair share of a public service.
    static constexpr qint64 kMaxTiles = 250'000;

Q_SIGNALS:
    void prepared(const QString& path);

private:
    void updateEstimate();
    void start();
    void seeded(TileSeeder::Outcome outcome, const QString& message);
    void reject() override;

    TileSource m_source;
    QRectF m_visible;
    QComboBox* m_extent;
    QSpinBox* m_minZoom;
    QSpinBox* m_maxZoom;
    QLineEdit* m_path;
    QLabel* m_estimate;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_start;
    QDialogButtonBox* m_buttons;
    TileSeeder* m_seeder = nullptr;
};

} // namespace burgernet
