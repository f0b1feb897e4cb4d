#pragma once

#include "app/core/Result.h"
#include "app/geo/AreaFiles.h"
#include "app/geo/NamedArea.h"

#include <QCoreApplication>
#include <QStringList>

namespace burgernet {

class AuditService;
class Clock;
class Database;
class Settings;

// The area library of one region: named areas saved from the map or imported from GeoJSON or
// KML, used again with one click, renamed, deleted and exported. Reading needs no permission
// (outlines of places, nothing personal); every change needs ComposeAction (those who draw alert
// areas) and is recorded before it commits (area.save, area.rename, area.delete, area.import,
// with the area's id and name), as is every export (area.export). The window's area library and
// `burgernetctl area save|list|export|import` both come here.
class SavedAreaService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SavedAreaService)

public:
    static constexpr const char* kDefaultRegion = "nl";

    SavedAreaService(Database& db, AuditService& audit, const Clock& clock,
                     QString region = QString::fromLatin1(kDefaultRegion));

    // `given` (burgernetctl's --region), else the workstation's region (workstation/region): each
    // control room keeps its own library.
    static QString regionFor(const Settings& settings, const QString& given = {});

    QString region() const { return m_region; }
    Result<QList<SavedArea>> areas() const;
    // By name (any case) or id.
    Result<SavedArea> find(const QString& nameOrId) const;

    // Saves the area under its name; an existing name is an error unless `replace`. Returns the
    // id. The area must be usable as an alert area (AreaGeometry::validated).
    Result<qint64> save(const NamedArea& area, bool replace = false);
    Status rename(const QString& nameOrId, const QString& newName);
    Status remove(const QString& nameOrId);

    struct Transfer
    {
        qint64 areas = 0;
        qint64 replaced = 0; // import: names that were in the library already
    };
    // Every area of the file (GeoJSON or KML, by its extension), all or none.
    Result<Transfer> importFile(const QString& path, bool replace = false);
    // The named areas (none: all of them) into a file, GeoJSON or KML by its extension.
    Result<Transfer> exportFile(const QString& path, const QStringList& names = {});

private:
    Status checkName(const QString& name) const;
    Status checkArea(const NamedArea& area) const;

    Database& m_db;
    AuditService& m_audit;
    const Clock& m_clock;
    QString m_region;
};

} // namespace burgernet
