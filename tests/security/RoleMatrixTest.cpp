// Every service entry point, called by every role through the session's own services (the
// composition the window and burgernetctl use): each one is allowed exactly when the role table
// gives the role its permission, and together they check every permission there is, so that a
// permission nobody checks fails here.
#include "app/core/Settings.h"
#include "app/register/DemoPopulation.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/AlarmService.h"
#include "app/services/AreaCountService.h"
#include "app/services/BoundaryService.h"
#include "app/services/ParticipantListService.h"
#include "app/services/ParticipantRecordService.h"
#include "app/services/ParticipantService.h"
#include "app/services/ReviewService.h"
#include "app/services/SavedAreaService.h"
#include "app/services/SenderService.h"
#include "app/services/SettingsService.h"
#include "app/services/TemplateService.h"
#include "app/services/TipService.h"
#include "app/session/SessionServices.h"
#include "app/training/ExerciseEngine.h"
#include "app/training/ScenarioService.h"
#include "tests/security/SecurityTestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>
#include <set>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

struct World
{
    test::AccountsFixture f;
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings = Settings::atFile(dir.filePath(u"s.ini"_s));
    qint64 participantId = 0;
    QString pseudonym;
    QString erasable;
    QString boundaries = dir.filePath(u"gemeenten.geojson"_s);

    World()
    {
        QFile file(boundaries);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature",
            "properties":{"statcode":"GM0344","statnaam":"Utrecht"},"geometry":{"type":"Polygon",
            "coordinates":[[[5.0,52.0],[5.2,52.0],[5.2,52.2],[5.0,52.2],[5.0,52.0]]]}}]})");
        file.close();
        REQUIRE(DemoPopulation::generate(*f.db, 60, 5).ok());
        f.ensureAdministrator();
        QSqlQuery q(f.db->connection());
        REQUIRE(q.exec(u"SELECT id, pseudonym FROM participants ORDER BY id LIMIT 2"_s));
        REQUIRE(q.next());
        participantId = q.value(0).toLongLong();
        pseudonym = q.value(1).toString();
        REQUIRE(q.next());
        erasable = q.value(1).toString();
    }

    std::unique_ptr<SessionServices> services(const Session& session)
    {
        SessionConfig config;
        config.session = session;
        config.dataDir = dir.filePath(u"data"_s);
        config.dispatch = false;
        config.listen = false;
        auto s = std::make_unique<SessionServices>(config, *f.db, f.audit.log(), *settings,
                                                   f.audit.clock());
        REQUIRE(s->start().ok());
        return s;
    }
};

const GeoArea kArea = GeoArea::circle(QGeoCoordinate(52.09, 5.12), 40'000);
// A notice inside Utrecht, where the municipal editor works (their scope is its own rule).
const GeoArea kNoticeArea = GeoArea::circle(QGeoCoordinate(52.0907, 5.1214), 1'500);

ActionContent content(ActionKind kind)
{
    ActionContent c;
    c.kind = kind;
    c.incident = kind == ActionKind::Urgent ? IncidentType::Burglary : IncidentType::Other;
    c.freeText = u"Man in donkere jas, richting station."_s;
    c.locationText = u"Oudegracht"_s;
    c.location = kArea.centre();
    c.channels = {Channel::sms()};
    return c;
}

bool sent(ActionWorkflow& workflow, const PlanRequest& request)
{
    auto plan = workflow.prepare(request);
    if (!plan)
        return false;
    return workflow.submit(*plan, Confirmation::yes()).ok();
}

struct EntryPoint
{
    const char* name;
    Permission permission;
    std::optional<Permission> orPermission = std::nullopt; // either one lets the role in
};

} // namespace

TEST_CASE("Every service entry point is allowed exactly to the roles the table gives its "
          "permission, and every permission is checked",
          "[security][roles]")
{
    const std::vector<EntryPoint> entries{
        {"see the actions", Permission::ViewActions},
        {"compose an action", Permission::ComposeAction},
        {"send an urgent action", Permission::SendAction},
        {"send a notice", Permission::SendNonUrgent},
        {"approve someone else's action", Permission::ApproveAction},
        {"close an action", Permission::CloseAction},
        {"count an area", Permission::ViewParticipants, Permission::ComposeAction},
        {"list participants", Permission::ViewParticipants},
        {"open the participant list", Permission::ViewParticipants},
        {"open a participant's record", Permission::ViewParticipantDetails},
        {"export participants", Permission::ExportParticipants},
        {"import participants", Permission::ImportParticipants},
        {"erase a participant", Permission::EraseParticipants},
        {"review the audit log", Permission::ReviewAudit},
        {"export the audit log", Permission::ExportAudit},
        {"add an account", Permission::ManageUsers},
        {"change the policy", Permission::ManageSettings},
        {"change a template", Permission::ManageTemplates},
        {"configure a sender", Permission::ManageSenders},
        {"log a call-back tip", Permission::ComposeAction},
        {"list an action's tips", Permission::ViewActions},
        {"see the alarms", Permission::ViewActions},
        {"acknowledge an alarm", Permission::ComposeAction},
        {"read the review's statistics", Permission::ViewReports},
        {"run an exercise", Permission::RunExercise},
        {"save a scenario", Permission::EditScenarios},
        {"import the municipal boundaries", Permission::ManageBoundaries},
        {"correct a participant's record", Permission::EditParticipants},
        {"show a participant on the map", Permission::ViewParticipantDetails},
        {"save an area in the library", Permission::ComposeAction},
    };
    std::set<Permission> covered;
    for (const EntryPoint& e : entries) {
        covered.insert(e.permission);
        if (e.orPermission)
            covered.insert(*e.orPermission);
    }
    for (Permission p : enumValues<Permission>()) {
        INFO("nobody checks " << enumId(p).toStdString());
        CHECK(covered.count(p) == 1);
    }

    for (Role role : enumValues<Role>()) {
        World w;
        // Training: every channel has its (simulated) sender ready, and the trainer may send.
        const Mode mode = Mode::Training;
        const QString user = enumId(role);
        auto author = w.services(test::sessionAs(u"auteur"_s, Role::Supervisor, mode));
        auto approver = w.services(test::sessionAs(u"keurder"_s, Role::Supervisor, mode));
        auto admin = w.services(test::sessionAs(u"beheer"_s, Role::Administrator, mode));
        // Every send needs a second pair of eyes: the approval entry point has something to do.
        REQUIRE(admin->settingsService().setPolicy(PolicyKey::ApprovalThreshold, 1).ok());
        ActionWorkflow& authoring = author->workflow();
        auto urgent = authoring.createDraft(content(ActionKind::Urgent), kArea, u"cirkel"_s);
        REQUIRE(
            BoundaryService(*w.f.db, admin->audit(), w.f.audit.clock()).addDemoBoundaries().ok());
        auto notice = authoring.createDraft(content(ActionKind::Notice), kNoticeArea, u"cirkel"_s);
        auto toApprove = authoring.createDraft(content(ActionKind::Urgent), kArea, u"cirkel"_s);
        auto toClose = authoring.createDraft(content(ActionKind::Urgent), kArea, u"cirkel"_s);
        REQUIRE(urgent.ok());
        REQUIRE(notice.ok());
        REQUIRE(toApprove.ok());
        REQUIRE(toClose.ok());
        REQUIRE(sent(authoring, PlanRequest::alert(*toApprove)));
        REQUIRE(sent(authoring, PlanRequest::alert(*toClose)));
        REQUIRE(sent(approver->workflow(), PlanRequest::alert(*toClose)));
        auto alarmed = authoring.createDraft(content(ActionKind::Urgent), kArea, u"cirkel"_s);
        REQUIRE(alarmed.ok());
        REQUIRE(sent(authoring, PlanRequest::alert(*alarmed)));
        REQUIRE(sent(approver->workflow(), PlanRequest::alert(*alarmed)));

        auto s = w.services(test::sessionAs(
            user, role, mode, role == Role::MunicipalEditor ? u"Utrecht"_s : QString()));
        ActionWorkflow& workflow = s->workflow();
        ParticipantService participants(*w.f.db, s->audit());
        ParticipantService asAdministrator(*w.f.db, admin->audit());
        REQUIRE(asAdministrator.exportCsv(w.dir.filePath(u"file.csv"_s)).ok());
        UserService users(*w.f.db, s->audit(), w.f.audit.clock(), PasswordHasher::minimum());
        const QDateTime now = w.f.audit.clock().nowUtc();

        Tip tip;
        tip.text = u"Man gezien bij het station"_s;
        const std::map<std::string, std::function<bool()>> calls{
            {"log a call-back tip", [&] { return s->tips().add(*toApprove, tip).ok(); }},
            {"list an action's tips", [&] { return s->tips().tips(*toApprove).ok(); }},
            {"see the alarms", [&] { return s->alarms().current().ok(); }},
            {"acknowledge an alarm",
             [&] {
                 s->alarms().setClosingMinutes(0); // its closing message is due at once
                 return s->alarms().acknowledge(u"closing-due:%1"_s.arg(*alarmed)).ok();
             }},
            {"see the actions", [&] { return workflow.actions(false).ok(); }},
            {"compose an action",
             [&] { return workflow.createDraft(content(ActionKind::Urgent), kArea, u"c"_s).ok(); }},
            {"send an urgent action", [&] { return sent(workflow, PlanRequest::alert(*urgent)); }},
            {"send a notice", [&] { return sent(workflow, PlanRequest::alert(*notice)); }},
            {"approve someone else's action",
             [&] { return sent(workflow, PlanRequest::alert(*toApprove)); }},
            {"close an action",
             [&] {
                 return sent(workflow,
                             PlanRequest::closing(*toClose, Outcome::Arrested, u"Aangehouden."_s));
             }},
            {"count an area",
             [&] {
                 const BoundaryService boundaries(*w.f.db, s->audit(), w.f.audit.clock());
                 return AreaCountService(s->selection(), s->audit(), boundaries)
                     .count(kNoticeArea, now)
                     .ok();
             }},
            {"list participants", [&] { return participants.list({}, 0, 10).ok(); }},
            {"open the participant list",
             [&] { return ParticipantListService(*w.f.db, s->audit()).open({}, 100).ok(); }},
            {"open a participant's record",
             [&] { return participants.openDetails(w.participantId, w.pseudonym).ok(); }},
            {"export participants",
             [&] { return participants.exportCsv(w.dir.filePath(u"out.csv"_s)).ok(); }},
            {"import participants",
             [&] {
                 return participants
                     .importCsv(w.dir.filePath(u"file.csv"_s), w.dir.filePath(u"report.csv"_s))
                     .ok();
             }},
            {"erase a participant", [&] { return participants.erase(w.erasable).ok(); }},
            {"review the audit log", [&] { return s->audit().openQuery().ok(); }},
            {"export the audit log",
             [&] { return s->audit().exportCsv({}, w.dir.filePath(u"audit.csv"_s)).ok(); }},
            {"add an account",
             [&] {
                 return users.add(u"nieuw"_s, Role::Dispatcher, {}, u"een-nieuw-wachtwoord"_s).ok();
             }},
            {"import the municipal boundaries",
             [&] {
                 return BoundaryService(*w.f.db, s->audit(), w.f.audit.clock())
                     .importFile(w.boundaries)
                     .ok();
             }},
            {"correct a participant's record",
             [&] {
                 return ParticipantRecordService(*w.f.db, s->audit())
                     .changeStatus(w.pseudonym, ParticipantRecordService::StatusChange::Pause)
                     .ok();
             }},
            {"show a participant on the map",
             [&] {
                 return ParticipantRecordService(*w.f.db, s->audit())
                     .showOnMap(w.participantId, w.pseudonym)
                     .ok();
             }},
            {"save an area in the library",
             [&] {
                 return SavedAreaService(*w.f.db, s->audit(), w.f.audit.clock())
                     .save({u"Gebied van "_s + user, kNoticeArea})
                     .ok();
             }},
            {"change the policy",
             [&] { return s->settingsService().setPolicy(PolicyKey::IdleLockMinutes, 7).ok(); }},
            {"change a template",
             [&] { return s->templates().setTemplate(u"nl"_s, u"alert.sms"_s, u"x"_s).ok(); }},
            {"read the review's statistics", [&] { return s->review().stats({}).ok(); }},
            {"configure a sender",
             [&] {
                 // Live: training has only its simulated sender, with nothing to configure.
                 auto live = w.services(test::sessionAs(user, role, Mode::Live));
                 return live->senders()
                     .saveSettings(u"sms-kannel"_s, {{u"url"_s, u"http://127.0.0.1:9/"_s}})
                     .ok();
             }},
            {"run an exercise",
             [&] {
                 auto scenario = ScenarioLoader::load(u":/scenarios/woninginbraak-utrecht.json"_s);
                 REQUIRE(scenario.ok());
                 VirtualClock clock(w.f.audit.clock(), now, 0);
                 ExerciseEngine engine(*s, clock, *scenario, u"woninginbraak-utrecht.json"_s);
                 return engine.start(0).ok() && engine.stop().ok();
             }},
            {"save a scenario",
             [&] {
                 auto document = ScenarioService::open(u":/scenarios/woninginbraak-utrecht.json"_s);
                 REQUIRE(document.ok());
                 return ScenarioService(s->audit())
                     .save(*document, w.dir.filePath(u"scenario.json"_s))
                     .ok();
             }},
        };
        for (const EntryPoint& e : entries) {
            INFO(user.toStdString() << ": " << e.name);
            REQUIRE(calls.count(e.name) == 1);
            CHECK(calls.at(e.name)() == (roleHas(role, e.permission, mode) ||
                                         (e.orPermission && roleHas(role, *e.orPermission, mode))));
        }
    }
}
