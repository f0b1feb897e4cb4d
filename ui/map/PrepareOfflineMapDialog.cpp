#include "ui/map/PrepareOfflineMapDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace burgernet {

namespace {
// The Netherlands with its coast and islands (west, south, east, north).
const QRectF kNetherlands(QPointF(3.3, 50.7), QPointF(7.3, 53.6));
} // namespace

PrepareOfflineMapDialog::PrepareOfflineMapDialog(TileSource source, const QRectF& visible, int zoom,
                                                 const QString& defaultPath, QWidget* parent)
    : QDialog(parent)
    , m_source(std::move(source))
    , m_visible(visible)
{
    setObjectName(QStringLiteral("prepareOfflineMapDialog"));
    setWindowTitle(tr("Prepare offline map"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Downloads %1 for use without network. The tiles are kept in "
                                "an MBTiles file that the map shows when the service cannot be "
                                "reached.")
                                 .arg(m_source.name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_extent = new QComboBox(this);
    m_extent->setObjectName(QStringLiteral("offlineExtent"));
    m_extent->addItem(tr("The visible map"));
    m_extent->addItem(tr("The Netherlands"));
    form->addRow(tr("Area"), m_extent);
    auto* zooms = new QHBoxLayout;
    m_minZoom = new QSpinBox(this);
    m_minZoom->setObjectName(QStringLiteral("offlineMinZoom"));
    m_maxZoom = new QSpinBox(this);
    m_maxZoom->setObjectName(QStringLiteral("offlineMaxZoom"));
    for (QSpinBox* box : {m_minZoom, m_maxZoom})
        box->setRange(std::max(0, m_source.minZoom), std::min(19, m_source.maxZoom));
    m_minZoom->setValue(std::max(m_minZoom->minimum(), 6));
    m_maxZoom->setValue(std::clamp(zoom + 2, m_minZoom->value(), 16));
    zooms->addWidget(m_minZoom);
    zooms->addWidget(new QLabel(tr("to"), this));
    zooms->addWidget(m_maxZoom);
    zooms->addStretch();
    form->addRow(tr("Zoom levels"), zooms);
    auto* file = new QHBoxLayout;
    m_path = new QLineEdit(defaultPath, this);
    m_path->setObjectName(QStringLiteral("offlinePath"));
    auto* browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Offline map file"), m_path->text(), tr("MBTiles files (*.mbtiles)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    form->addRow(tr("File"), file);
    layout->addLayout(form);
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(QStringLiteral("offlineEstimate"));
    m_estimate->setWordWrap(true);
    layout->addWidget(m_estimate);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("offlineProgress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("offlineStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_start = m_buttons->addButton(tr("Download"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("offlineStart"));
    connect(m_start, &QPushButton::clicked, this, &PrepareOfflineMapDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PrepareOfflineMapDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_extent, &QComboBox::currentIndexChanged, this,
            &PrepareOfflineMapDialog::updateEstimate);
    connect(m_minZoom, &QSpinBox::valueChanged, this, &PrepareOfflineMapDialog::updateEstimate);
    connect(m_maxZoom, &QSpinBox::valueChanged, this, &PrepareOfflineMapDialog::updateEstimate);
    connect(m_path, &QLineEdit::textChanged, this, &PrepareOfflineMapDialog::updateEstimate);
    updateEstimate();
}

PrepareOfflineMapDialog::~PrepareOfflineMapDialog() = default;

SeedPlan PrepareOfflineMapDialog::plan() const
{
    const QRectF box = m_extent->currentIndex() == 1 ? kNetherlands : m_visible;
    SeedPlan plan;
    plan.source = m_source;
    plan.west = box.left();
    plan.south = box.top();
    plan.east = box.right();
    plan.north = box.bottom();
    plan.minZoom = std::min(m_minZoom->value(), m_maxZoom->value());
    plan.maxZoom = std::max(m_minZoom->value(), m_maxZoom->value());
    plan.path = m_path->text().trimmed();
    return plan;
}

void PrepareOfflineMapDialog::updateEstimate()
{
    const SeedPlan p = plan();
    const QLocale locale;
    const qint64 tiles = p.tileCount();
    QString text = tr("%1 tiles, about %2 on disk (estimate; the download takes as long as the "
                      "service needs)")
                       .arg(locale.toString(tiles), locale.formattedDataSize(p.estimatedBytes()));
    bool allowed = !p.path.isEmpty() && !isRunning();
    if (!p.sourceAllowsSeeding()) {
        text = tr("%1 may not be downloaded for offline use: its tiles stay online only.")
                   .arg(m_source.name);
        allowed = false;
    } else if (tiles > kMaxTiles) {
        text += QLatin1Char('\n') + tr("More than %1 tiles: choose a smaller area or fewer zoom "
                                       "levels.")
                                        .arg(locale.toString(kMaxTiles));
        allowed = false;
    }
    m_estimate->setText(text);
    m_start->setEnabled(allowed);
}

void PrepareOfflineMapDialog::start()
{
    if (isRunning())
        return;
    delete m_seeder;
    m_seeder = new TileSeeder(plan(), this);
    connect(m_seeder, &TileSeeder::progress, this, [this](qint64 done, qint64 total, qint64 bytes) {
        m_progress->setMaximum(static_cast<int>(total));
        m_progress->setValue(static_cast<int>(done));
        m_status->setText(tr("%1 of %2 tiles, %3")
                              .arg(QLocale().toString(done), QLocale().toString(total),
                                   QLocale().formattedDataSize(bytes)));
    });
    connect(m_seeder, &TileSeeder::finished, this, &PrepareOfflineMapDialog::seeded);
    m_progress->setVisible(true);
    m_progress->setValue(0);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    m_seeder->start();
    updateEstimate();
}

void PrepareOfflineMapDialog::seeded(TileSeeder::Outcome outcome, const QString& message)
{
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    switch (outcome) {
    case TileSeeder::Outcome::Done:
        m_status->setText(tr("Done: %1 is shown on the map.").arg(m_seeder->plan().path));
        Q_EMIT prepared(m_seeder->plan().path);
        break;
    case TileSeeder::Outcome::Cancelled:
        m_status->setText(tr("Cancelled; nothing was kept."));
        break;
    case TileSeeder::Outcome::Failed:
        m_status->setText(tr("Failed; nothing was kept. %1").arg(message));
        break;
    }
    updateEstimate();
}

void PrepareOfflineMapDialog::reject()
{
    if (isRunning()) {
        m_seeder->cancel(); // the dialog stays until the seeder has stopped
        return;
    }
    QDialog::reject();
}

} // namespace burgernet
