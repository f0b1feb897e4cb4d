#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

class SessionServices;
struct ReviewFilter;

// `burgernetctl report stats|overview --from D --to D [filters] [--json|--csv]`,
// `report action ID [--json|--pdf FILE]` and `report period --from D --to D --pdf FILE`: the
// supervisors' review, through the same service (and the same PDF) as the window.
class ReportCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;

private:
    static int stats(CtlContext& context, SessionServices& session, const ReviewFilter& filter,
                     bool json, bool csv);
    static int overview(CtlContext& context, SessionServices& session, const ReviewFilter& filter,
                        bool json, bool csv);
    static int action(CtlContext& context, SessionServices& session, qint64 id, int limitMinutes);
    static int actionPdf(CtlContext& context, SessionServices& session, qint64 id, int limitMinutes,
                         const QString& path);
    static int periodPdf(CtlContext& context, SessionServices& session, const ReviewFilter& filter,
                         const QString& path);
};

} // namespace burgernet
