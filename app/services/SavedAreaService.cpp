#include "app/services/SavedAreaService.h"

#include "app/core/Clock.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/core/TextRules.h"
#include "app/geo/AreaGeometry.h"
#include "app/services/AuditService.h"
#include "app/services/AuditedChange.h"
#include "app/storage/Database.h"
#include "app/storage/SavedAreaRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace burgernet {

namespace {
const QString kType = QStringLiteral("saved_area");
// Area names are place names ("Utrecht Centraal"): free text, checked by the guard as such
// (under keys that do not name a person's field).
const DetailKinds kKinds{
    {QStringLiteral("area"), DetailKind::Text}, {QStringLiteral("from"), DetailKind::Text},
    {QStringLiteral("to"), DetailKind::Text},   {QStringLiteral("region"), DetailKind::Text},
    {QStringLiteral("kind"), DetailKind::Code}, {QStringLiteral("area_id"), DetailKind::Id},
    {QStringLiteral("file"), DetailKind::Id},   {QStringLiteral("format"), DetailKind::Code}};
} // namespace

SavedAreaService::SavedAreaService(Database& db, AuditService& audit, const Clock& clock,
                                   QString region)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_region(region.trimmed().isEmpty() ? QString::fromLatin1(kDefaultRegion) : region.trimmed())
{}

QString SavedAreaService::regionFor(const Settings& settings, const QString& given)
{
    if (!given.trimmed().isEmpty())
        return given.trimmed();
    const QString own = settings.value(keys::WorkstationRegion).trimmed();
    return own.isEmpty() ? QString::fromLatin1(kDefaultRegion) : own;
}

Result<QList<SavedArea>> SavedAreaService::areas() const
{
    return SavedAreaRepository(m_db).all(m_region);
}

Result<SavedArea> SavedAreaService::find(const QString& nameOrId) const
{
    return SavedAreaRepository(m_db).find(m_region, nameOrId);
}

Status SavedAreaService::checkName(const QString& name) const
{
    if (name.trimmed().isEmpty())
        return Error{tr("name: an area needs a name")};
    if (auto problem = TextRules::problem(name, TextRules::kNameLength))
        return Error{tr("name: %1").arg(*problem)};
    return {};
}

Status SavedAreaService::checkArea(const NamedArea& area) const
{
    if (auto ok = checkName(area.name); !ok)
        return ok;
    if (area.area.isEmpty())
        return Error{tr("\"%1\": the area is empty").arg(area.name)};
    if (auto valid = AreaGeometry::validated(area.area); !valid)
        return Error{tr("\"%1\": %2").arg(area.name, valid.errorMessage())};
    return {};
}

Result<qint64> SavedAreaService::save(const NamedArea& input, bool replace)
{
    const QString action = QStringLiteral("area.save");
    if (auto ok = m_audit.require(Permission::ComposeAction, action, kType, QString()); !ok)
        return ok.error();
    NamedArea area = input;
    area.name = area.name.simplified();
    if (auto ok = checkArea(area); !ok)
        return ok.error();
    qint64 id = 0;
    AuditedChange::Record record{action,
                                 kType,
                                 {},
                                 {{QStringLiteral("area"), area.name},
                                  {QStringLiteral("region"), m_region},
                                  {QStringLiteral("kind"), NamedArea::kindId(area.kind)}},
                                 false,
                                 kKinds,
                                 {},
                                 QStringLiteral("area_id")};
    auto seq = AuditedChange(m_db, m_audit).run(record, [&](QJsonObject& details) -> Status {
        auto saved = SavedAreaRepository(m_db).save(m_region, area, m_audit.session().user,
                                                    m_clock.nowUtc(), replace);
        if (!saved)
            return saved.error();
        id = *saved;
        details.insert(QStringLiteral("area_id"), id);
        return {};
    });
    if (!seq)
        return seq.error();
    return id;
}

Status SavedAreaService::rename(const QString& nameOrId, const QString& newName)
{
    const QString action = QStringLiteral("area.rename");
    if (auto ok = m_audit.require(Permission::ComposeAction, action, kType, QString()); !ok)
        return ok;
    const QString name = newName.simplified();
    if (auto ok = checkName(name); !ok)
        return ok;
    auto area = find(nameOrId);
    if (!area)
        return area.error();
    if (auto other = find(name); other && other->id != area->id)
        return Error{tr("The area library of %1 already has an area \"%2\".").arg(m_region, name)};
    AuditedChange::Record record{
        action,
        kType,
        QString::number(area->id),
        {{QStringLiteral("from"), area->area.name}, {QStringLiteral("to"), name}},
        false,
        kKinds};
    auto seq = AuditedChange(m_db, m_audit).run(record, [&](QJsonObject&) {
        return SavedAreaRepository(m_db).rename(area->id, name, m_clock.nowUtc());
    });
    if (!seq)
        return seq.error();
    return {};
}

Status SavedAreaService::remove(const QString& nameOrId)
{
    const QString action = QStringLiteral("area.delete");
    if (auto ok = m_audit.require(Permission::ComposeAction, action, kType, QString()); !ok)
        return ok;
    auto area = find(nameOrId);
    if (!area)
        return area.error();
    AuditedChange::Record record{
        action, kType, QString::number(area->id), {{QStringLiteral("area"), area->area.name}},
        false,  kKinds};
    auto seq = AuditedChange(m_db, m_audit).run(record, [&](QJsonObject&) {
        return SavedAreaRepository(m_db).remove(area->id);
    });
    if (!seq)
        return seq.error();
    return {};
}

Result<SavedAreaService::Transfer> SavedAreaService::importFile(const QString& path, bool replace)
{
    const QString action = QStringLiteral("area.import");
    if (auto ok = m_audit.require(Permission::ComposeAction, action, kType, QString()); !ok)
        return ok.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    const AreaFiles::Format format = AreaFiles::formatOf(path);
    auto read = AreaFiles::read(file.readAll(), format);
    if (!read)
        return Error{tr("%1: %2").arg(QFileInfo(path).fileName(), read.errorMessage())};
    for (NamedArea& area : *read) {
        area.name = area.name.simplified();
        if (auto ok = checkArea(area); !ok)
            return Error{tr("%1: %2").arg(QFileInfo(path).fileName(), ok.errorMessage())};
    }
    Transfer transfer;
    AuditedChange::Record record{
        action,
        kType,
        m_region,
        {{QStringLiteral("file"), QFileInfo(path).fileName()},
         {QStringLiteral("format"),
          format == AreaFiles::Format::Kml ? QStringLiteral("kml") : QStringLiteral("geojson")},
         {QStringLiteral("areas"), qint64(read->size())}},
        false,
        kKinds};
    auto seq = AuditedChange(m_db, m_audit).run(record, [&](QJsonObject& details) -> Status {
        SavedAreaRepository repository(m_db);
        for (const NamedArea& area : std::as_const(*read)) {
            if (repository.find(m_region, area.name).ok())
                ++transfer.replaced;
            auto saved =
                repository.save(m_region, area, m_audit.session().user, m_clock.nowUtc(), replace);
            if (!saved)
                return saved.error();
            ++transfer.areas;
        }
        details.insert(QStringLiteral("replaced"), transfer.replaced);
        return {};
    });
    if (!seq)
        return seq.error();
    return transfer;
}

Result<SavedAreaService::Transfer> SavedAreaService::exportFile(const QString& path,
                                                                const QStringList& names)
{
    QList<NamedArea> chosen;
    if (names.isEmpty()) {
        auto all = areas();
        if (!all)
            return all.error();
        for (const SavedArea& area : std::as_const(*all))
            chosen << area.area;
    } else {
        for (const QString& name : names) {
            auto area = find(name);
            if (!area)
                return area.error();
            chosen << area->area;
        }
    }
    const AreaFiles::Format format = AreaFiles::formatOf(path);
    // Recorded before the file exists, like every export.
    if (auto recorded = m_audit.record(
            QStringLiteral("area.export"), kType, m_region, AuditResult::Ok,
            {{QStringLiteral("file"), QFileInfo(path).fileName()},
             {QStringLiteral("format"),
              format == AreaFiles::Format::Kml ? QStringLiteral("kml") : QStringLiteral("geojson")},
             {QStringLiteral("areas"), qint64(chosen.size())}},
            kKinds);
        !recorded)
        return recorded.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(AreaFiles::write(chosen, format)) < 0 ||
        !file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    return Transfer{qint64(chosen.size()), 0};
}

} // namespace burgernet
