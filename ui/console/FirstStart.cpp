#include "ui/console/FirstStart.h"

#include "app/services/DemoHistory.h"
#include "app/services/DemoRegister.h"
#include "app/storage/Database.h"

#include <QApplication>
#include <QProgressDialog>

#include <cstdio>

namespace burgernet {

Status FirstStart::fillDemoRegister(Database& db, AuditService& audit, qint64 participants,
                                    bool interactive)
{
    if (participants <= 0)
        return {};
    std::unique_ptr<QProgressDialog> dialog;
    if (interactive) {
        dialog = std::make_unique<QProgressDialog>(
            tr("Filling the new register with demo participants…"), tr("Skip"), 0, 100);
        dialog->setWindowTitle(tr("Burgernet Console"));
        dialog->setMinimumDuration(0);
        dialog->setWindowModality(Qt::ApplicationModal);
    }
    const Status generated =
        DemoRegister(db, audit).fill(participants, 1, [&](qint64 done, qint64 total) {
            const int percent = static_cast<int>(100 * done / total);
            if (dialog) {
                dialog->setValue(percent);
                QApplication::processEvents();
                return !dialog->wasCanceled();
            }
            std::fprintf(stderr, "\rDemo population: %d %%", percent);
            return true;
        });
    if (!dialog)
        std::fprintf(stderr, "\n");
    if (!generated || (dialog && dialog->wasCanceled()))
        return generated;
    // Six months of past actions, so that the review has something to show from the start.
    if (dialog) {
        dialog->setLabelText(tr("Adding six months of past actions…"));
        QApplication::processEvents();
    }
    DemoHistory::Options history;
    history.months = 6;
    history.until = db.clock().nowUtc();
    if (auto added = DemoHistory(db, audit).add(history); !added)
        return added.error();
    return generated;
}

} // namespace burgernet
