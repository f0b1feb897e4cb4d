#pragma once

#include "app/geo/NamedArea.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace burgernet {

class AreaController;
class SavedAreaService;

// The area library beside the map: the region's named areas, used as the alert area with one
// click; the drawn area saved under a name; rename, delete, import and export (GeoJSON, KML).
// Every change goes through SavedAreaService, which checks the permission and records it.
class AreaLibraryPanel : public QWidget
{
    Q_OBJECT

public:
    // Seams, so that tests never block on a dialog.
    using TextPrompt = std::function<QString(const QString& label, const QString& text)>;
    using FileChooser = std::function<QString(bool save)>;
    using Confirmer = std::function<bool(const QString& question)>;

    AreaLibraryPanel(SavedAreaService& library, AreaController& controller,
                     QWidget* parent = nullptr);

    void setTextPrompt(TextPrompt prompt) { m_prompt = std::move(prompt); }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    QListWidget* list() const { return m_list; }
    QLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    void reload();
    // Makes the area of this row the alert area (one undoable step).
    bool use(int row);
    bool saveCurrent();
    bool renameCurrent();
    bool deleteCurrent();
    bool importFile();
    bool exportAll();

Q_SIGNALS:
    // An area of the library became the alert area: the map zooms to it.
    void areaUsed(const QString& name);

private:
    void say(const QString& message, bool error);
    QString currentName() const;

    SavedAreaService& m_library;
    AreaController& m_controller;
    QListWidget* m_list = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    TextPrompt m_prompt;
    FileChooser m_chooseFile;
    Confirmer m_confirm;
};

} // namespace burgernet
