#include "ui/dispatch/TipsPanel.h"

#include "app/core/Clock.h"
#include "app/services/TipService.h"
#include "ui/dispatch/TipTableModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace burgernet {

namespace {
QPushButton* button(const QString& name, const QString& text, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}
} // namespace

TipsPanel::TipsPanel(TipService& tips, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_tips(tips)
    , m_clock(clock)
    , m_model(new TipTableModel(this))
    , m_table(new QTableView(this))
    , m_time(new QDateTimeEdit(this))
    , m_place(new QLineEdit(this))
    , m_pick(button(QStringLiteral("tipPickPlace"), tr("On the map"), this))
    , m_source(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_warnings(new QLabel(this))
    , m_rating(new QComboBox(this))
    , m_save(button(QStringLiteral("tipSave"), tr("Log tip"), this))
    , m_new(button(QStringLiteral("tipNew"), tr("New tip"), this))
    , m_useful(button(QStringLiteral("tipUseful"), tr("Useful"), this))
    , m_notUseful(button(QStringLiteral("tipNotUseful"), tr("Not useful"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("tipsPanel"));
    m_table->setObjectName(QStringLiteral("tipsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Tips of the action"));
    m_table->setTabKeyNavigation(false); // Tab goes on to the form; arrows choose the row

    m_time->setObjectName(QStringLiteral("tipTime"));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setCalendarPopup(true);
    m_place->setObjectName(QStringLiteral("tipPlace"));
    m_place->setPlaceholderText(tr("Coordinates, or empty when unknown"));
    m_place->setAccessibleName(tr("Place of the tip"));
    m_source->setObjectName(QStringLiteral("tipSource"));
    for (TipSource s : enumValues<TipSource>())
        m_source->addItem(TipTableModel::sourceText(s), int(s));
    m_text->setObjectName(QStringLiteral("tipText"));
    m_text->setPlaceholderText(tr("What was seen, where and when; no names or phone numbers"));
    m_text->setAccessibleName(tr("What the caller reported"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    m_warnings->setObjectName(QStringLiteral("tipWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00"));
    m_rating->setObjectName(QStringLiteral("tipRating"));
    for (TipRating r : enumValues<TipRating>())
        m_rating->addItem(TipTableModel::ratingText(r), int(r));
    m_status->setObjectName(QStringLiteral("tipStatus"));
    m_status->setWordWrap(true);

    auto* placeRow = new QHBoxLayout;
    placeRow->addWidget(m_place, 1);
    placeRow->addWidget(m_pick);
    auto* form = new QFormLayout;
    form->addRow(tr("Came in at"), m_time);
    form->addRow(tr("Place"), placeRow);
    form->addRow(tr("Source"), m_source);
    form->addRow(tr("Report"), m_text);
    form->addRow(QString(), m_warnings);
    form->addRow(tr("Rating"), m_rating);
    // Two by two: the docked panel stays as narrow as the composer next to it.
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_save, 0, 0);
    buttons->addWidget(m_new, 0, 1);
    buttons->addWidget(m_useful, 1, 0);
    buttons->addWidget(m_notUseful, 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TipsPanel::loadSelected);
    connect(m_text, &QPlainTextEdit::textChanged, this, &TipsPanel::checkText);
    connect(m_pick, &QPushButton::clicked, this, &TipsPanel::pickPlaceRequested);
    connect(m_save, &QPushButton::clicked, this, &TipsPanel::save);
    connect(m_new, &QPushButton::clicked, this, &TipsPanel::startNew);
    connect(m_useful, &QPushButton::clicked, this, [this] { rateSelected(TipRating::Useful); });
    connect(m_notUseful, &QPushButton::clicked, this,
            [this] { rateSelected(TipRating::NotUseful); });
    startNew();
}

void TipsPanel::setAction(qint64 actionId, bool open)
{
    const bool changed = actionId != m_actionId;
    m_actionId = actionId;
    m_open = open;
    if (changed) {
        m_status->clear();
        reload();
        startNew();
    }
    updateEnabled();
}

QString TipsPanel::statusText() const
{
    return m_status->text();
}

QString TipsPanel::warningText() const
{
    return m_warnings->text();
}

void TipsPanel::reload()
{
    const qint64 keep = m_editing;
    if (!m_actionId) {
        m_model->setTips({});
        return;
    }
    auto tips = m_tips.tips(m_actionId);
    if (!tips) {
        showStatus(tips.errorMessage(), true);
        return;
    }
    const QSignalBlocker blocker(m_table->selectionModel());
    m_model->setTips(std::move(tips).value());
    if (const int row = m_model->rowOf(keep); keep && row >= 0)
        m_table->selectRow(row);
    updateEnabled();
}

void TipsPanel::selectTip(qint64 tipId)
{
    const int row = m_model->rowOf(tipId);
    if (row >= 0)
        m_table->selectRow(row);
    loadSelected();
}

void TipsPanel::startNew()
{
    m_editing = 0;
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->clearSelection();
        m_table->setCurrentIndex({});
    }
    m_time->setDateTime(m_clock.nowUtc().toLocalTime());
    m_place->clear();
    m_source->setCurrentIndex(m_source->findData(int(TipSource::FreeNumber)));
    m_text->clear();
    m_rating->setCurrentIndex(m_rating->findData(int(TipRating::Unrated)));
    m_save->setText(tr("Log tip"));
    updateEnabled();
}

void TipsPanel::loadSelected()
{
    const Tip* tip = m_model->tipAt(m_table->currentIndex().row());
    if (!tip) {
        startNew();
        return;
    }
    m_editing = tip->id;
    m_time->setDateTime(tip->at.toLocalTime());
    m_place->setText(tip->located() ? TipTableModel::placeText(*tip) : QString());
    m_source->setCurrentIndex(m_source->findData(int(tip->source)));
    m_text->setPlainText(tip->text);
    m_rating->setCurrentIndex(m_rating->findData(int(tip->rating())));
    m_save->setText(tr("Save changes"));
    updateEnabled();
}

void TipsPanel::setPickedPlace(const QGeoCoordinate& coordinate)
{
    if (!coordinate.isValid())
        return;
    m_place->setText(QStringLiteral("%1, %2")
                         .arg(coordinate.latitude(), 0, 'f', 5)
                         .arg(coordinate.longitude(), 0, 'f', 5));
}

void TipsPanel::checkText()
{
    QStringList lines;
    for (const TextWarning& w : TipService::check(m_text->toPlainText()))
        lines << w.message;
    m_warnings->setText(lines.join(QLatin1Char('\n')));
}

void TipsPanel::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b71c1c; font-weight: bold")
                                  : QString());
}

void TipsPanel::updateEnabled()
{
    const bool can = m_actionId && m_open;
    for (QWidget* w : std::initializer_list<QWidget*>{m_time, m_place, m_pick, m_source, m_text,
                                                      m_rating, m_save, m_new})
        w->setEnabled(can);
    const bool selected = m_editing != 0;
    m_useful->setEnabled(can && selected);
    m_notUseful->setEnabled(can && selected);
}

void TipsPanel::save()
{
    if (!m_actionId)
        return;
    auto place = TipService::parsePlace(m_place->text());
    if (!place) {
        showStatus(place.errorMessage(), true);
        m_place->setFocus();
        return;
    }
    Tip tip;
    tip.id = m_editing;
    tip.at = m_time->dateTime().toUTC();
    tip.lat = place->isValid() ? place->latitude() : qQNaN();
    tip.lon = place->isValid() ? place->longitude() : qQNaN();
    tip.source = TipSource(m_source->currentData().toInt());
    tip.text = m_text->toPlainText();
    tip.setRating(TipRating(m_rating->currentData().toInt()));
    auto saved = m_editing ? m_tips.edit(tip) : m_tips.add(m_actionId, tip);
    if (!saved) {
        showStatus(saved.errorMessage(), true);
        return;
    }
    showStatus(m_editing ? tr("Tip changed.") : tr("Tip logged."), false);
    reload();
    startNew();
}

void TipsPanel::rateSelected(TipRating rating)
{
    if (!m_editing)
        return;
    const qint64 id = m_editing;
    if (auto s = m_tips.rate(id, rating); !s) {
        showStatus(s.errorMessage(), true);
        return;
    }
    showStatus(tr("Tip rated: %1.").arg(TipTableModel::ratingText(rating)), false);
    reload();
    selectTip(id);
}

} // namespace burgernet
