#pragma once

#include "ui/ConsoleServices.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace burgernet {

class ImportDialog;

// The File menu's register import and export: the import dialog, and an export written on a
// worker thread behind a progress dialog. Tells the window when the register changed, so that
// the list, the status bar and the selection index are read again.
class RegisterTransfers : public QObject
{
    Q_OBJECT
public:
    RegisterTransfers(ConsoleServices services, QWidget* window);

    ImportDialog* openImportDialog();
    // Asks for a file name, then exports; false when cancelled or failed (the reason shown).
    bool exportToFile();
    bool exportTo(const QString& path);

    Q_SIGNAL void registerChanged();
    Q_SIGNAL void exported(qint64 participants, const QString& path);
    Q_SIGNAL void failed(const QString& message);

private:
    ConsoleServices m_services;
    QWidget* m_window;
    QPointer<ImportDialog> m_importDialog;
};

} // namespace burgernet
