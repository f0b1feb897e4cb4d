#include "ui/map/AreaLibraryPanel.h"

#include "app/services/SavedAreaService.h"
#include "ui/map/AreaController.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace burgernet {

AreaLibraryPanel::AreaLibraryPanel(SavedAreaService& library, AreaController& controller,
                                   QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("areaLibraryPanel"));
    m_prompt = [this](const QString& label, const QString& text) {
        bool ok = false;
        const QString answer =
            QInputDialog::getText(this, tr("Area library"), label, QLineEdit::Normal, text, &ok);
        return ok ? answer : QString();
    };
    m_chooseFile = [this](bool save) {
        const QString filter = tr("Areas (*.geojson *.json *.kml)");
        return save ? QFileDialog::getSaveFileName(this, tr("Export areas"),
                                                   QStringLiteral("areas.geojson"), filter)
                    : QFileDialog::getOpenFileName(this, tr("Import areas"), QString(), filter);
    };
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Area library"), question) == QMessageBox::Yes;
    };

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("savedAreasList"));
    m_list->setAccessibleName(tr("Saved areas"));
    m_list->setToolTip(tr("Click an area to make it the alert area."));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("areaLibraryMessage"));
    m_message->setWordWrap(true);
    const auto button = [this](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_save = button(tr("Save drawn area\u2026"), "saveAreaButton");
    auto* rename = button(tr("Rename\u2026"), "renameAreaButton");
    auto* remove = button(tr("Delete"), "deleteAreaButton");
    auto* import = button(tr("Import\u2026"), "importAreasButton");
    auto* exportButton = button(tr("Export\u2026"), "exportAreasButton");
    auto* rowOne = new QHBoxLayout;
    rowOne->addWidget(m_save);
    rowOne->addWidget(rename);
    rowOne->addWidget(remove);
    auto* rowTwo = new QHBoxLayout;
    rowTwo->addWidget(import);
    rowTwo->addWidget(exportButton);
    rowTwo->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(new QLabel(tr("Areas of region %1:").arg(library.region()), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(rowOne);
    layout->addLayout(rowTwo);
    layout->addWidget(m_message);

    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { use(m_list->row(item)); });
    connect(m_save, &QPushButton::clicked, this, &AreaLibraryPanel::saveCurrent);
    connect(rename, &QPushButton::clicked, this, &AreaLibraryPanel::renameCurrent);
    connect(remove, &QPushButton::clicked, this, &AreaLibraryPanel::deleteCurrent);
    connect(import, &QPushButton::clicked, this, &AreaLibraryPanel::importFile);
    connect(exportButton, &QPushButton::clicked, this, &AreaLibraryPanel::exportAll);
    connect(&controller, &AreaController::alertAreaChanged, this,
            [this](const GeoArea& area) { m_save->setEnabled(!area.isEmpty()); });
    m_save->setEnabled(!controller.area().isEmpty());
    reload();
}

void AreaLibraryPanel::reload()
{
    const QString current = currentName();
    m_list->clear();
    auto areas = m_library.areas();
    if (!areas) {
        say(areas.errorMessage(), true);
        return;
    }
    for (const SavedArea& saved : std::as_const(*areas)) {
        QString text = saved.area.name;
        if (saved.area.kind == NamedArea::Kind::Municipality)
            text += tr(" (municipality %1)").arg(saved.area.municipalityCode);
        else if (saved.area.area.kind() == GeoArea::Kind::Circle)
            text += tr(" (circle, %1 m)").arg(qRound(saved.area.area.radiusMetres()));
        else if (saved.area.area.parts().size() > 1)
            text += tr(" (%1 parts)").arg(saved.area.area.parts().size());
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, saved.area.name);
        if (saved.area.name == current)
            m_list->setCurrentItem(item);
    }
}

QString AreaLibraryPanel::currentName() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void AreaLibraryPanel::say(const QString& message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

bool AreaLibraryPanel::use(int row)
{
    const QListWidgetItem* item = m_list->item(row);
    if (!item)
        return false;
    m_list->setCurrentRow(row);
    const QString name = item->data(Qt::UserRole).toString();
    auto saved = m_library.find(name);
    if (!saved) {
        say(saved.errorMessage(), true);
        return false;
    }
    if (!m_controller.commit(saved->area.area, tr("Area \"%1\" from the library").arg(name)))
        return false;
    say(tr("\"%1\" is the alert area.").arg(name), false);
    emit areaUsed(name);
    return true;
}

bool AreaLibraryPanel::saveCurrent()
{
    if (m_controller.area().isEmpty()) {
        say(tr("Draw an area on the map first."), true);
        return false;
    }
    const QString name = m_prompt(tr("Name of the area:"), QString()).simplified();
    if (name.isEmpty())
        return false;
    NamedArea area{name, m_controller.area()};
    bool replace = false;
    if (m_library.find(name).ok()) {
        if (!m_confirm(tr("Replace the area \"%1\" in the library?").arg(name)))
            return false;
        replace = true;
    }
    auto saved = m_library.save(area, replace);
    if (!saved) {
        say(saved.errorMessage(), true);
        return false;
    }
    say(tr("Saved \"%1\".").arg(name), false);
    reload();
    return true;
}

bool AreaLibraryPanel::renameCurrent()
{
    const QString name = currentName();
    if (name.isEmpty())
        return false;
    const QString newName = m_prompt(tr("New name of \"%1\":").arg(name), name).simplified();
    if (newName.isEmpty() || newName == name)
        return false;
    if (auto renamed = m_library.rename(name, newName); !renamed) {
        say(renamed.errorMessage(), true);
        return false;
    }
    say(tr("Renamed to \"%1\".").arg(newName), false);
    reload();
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == newName)
            m_list->setCurrentRow(row);
    return true;
}

bool AreaLibraryPanel::deleteCurrent()
{
    const QString name = currentName();
    if (name.isEmpty() || !m_confirm(tr("Delete the area \"%1\" from the library?").arg(name)))
        return false;
    if (auto removed = m_library.remove(name); !removed) {
        say(removed.errorMessage(), true);
        return false;
    }
    say(tr("Deleted \"%1\".").arg(name), false);
    reload();
    return true;
}

bool AreaLibraryPanel::importFile()
{
    const QString path = m_chooseFile(false);
    if (path.isEmpty())
        return false;
    auto imported = m_library.importFile(path, false);
    if (!imported) {
        say(imported.errorMessage(), true);
        return false;
    }
    say(tr("Imported %n area(s).", nullptr, int(imported->areas)), false);
    reload();
    return true;
}

bool AreaLibraryPanel::exportAll()
{
    const QString path = m_chooseFile(true);
    if (path.isEmpty())
        return false;
    auto exported = m_library.exportFile(path);
    if (!exported) {
        say(exported.errorMessage(), true);
        return false;
    }
    say(tr("Exported %n area(s).", nullptr, int(exported->areas)), false);
    return true;
}

} // namespace burgernet
