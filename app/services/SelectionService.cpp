#include "app/services/SelectionService.h"

#include "app/storage/Database.h"
#include "app/storage/ParticipantIndexLoader.h"

namespace burgernet {

namespace {

Result<std::shared_ptr<const ParticipantIndex>> buildFrom(Database& db)
{
    auto input = ParticipantIndexLoader::load(db);
    if (!input)
        return input.error();
    return ParticipantIndex::build(*input);
}

} // namespace

Status SelectionService::reload(Database& db)
{
    auto index = buildFrom(db);
    if (!index)
        return index.error();
    setIndex(std::move(index).value());
    return {};
}

std::function<Result<std::shared_ptr<const ParticipantIndex>>()>
SelectionService::loaderOf(const Database& db)
{
    return [spec = db.spec()] { return load(spec); };
}

Result<std::shared_ptr<const ParticipantIndex>> SelectionService::load(const DatabaseSpec& spec)
{
    auto db = Database::openExisting(spec);
    if (!db)
        return db.error();
    return buildFrom(**db);
}

std::shared_ptr<const ParticipantIndex> SelectionService::index() const
{
    std::lock_guard lock(m_mutex);
    return m_index;
}

void SelectionService::setIndex(std::shared_ptr<const ParticipantIndex> index)
{
    std::lock_guard lock(m_mutex);
    m_index = std::move(index);
    ++m_generation;
    m_loaded = true;
}

bool SelectionService::isLoaded() const
{
    std::lock_guard lock(m_mutex);
    return m_loaded;
}

quint64 SelectionService::generation() const
{
    std::lock_guard lock(m_mutex);
    return m_generation;
}

std::pair<std::vector<qint64>, quint64>
SelectionService::selectWithGeneration(const GeoArea& area, const QDateTime& at) const
{
    std::shared_ptr<const ParticipantIndex> current;
    quint64 generation = 0;
    {
        std::lock_guard lock(m_mutex);
        current = m_index;
        generation = m_generation;
    }
    return {current->select(area, at), generation};
}

SelectionCount SelectionService::count(const GeoArea& area, const QDateTime& at) const
{
    return index()->count(area, at);
}

std::vector<qint64> SelectionService::select(const GeoArea& area, const QDateTime& at) const
{
    return index()->select(area, at);
}

QJsonObject SelectionService::toJson(const SelectionCount& count)
{
    return QJsonObject{{QStringLiteral("participants"), count.participants},
                       {QStringLiteral("locations"), count.locations},
                       {QStringLiteral("by_channel"), [&] {
                            QJsonObject perChannel;
                            for (const Channel& c : addressedChannels())
                                perChannel.insert(c.id(), count.on(*c.builtin()));
                            return perChannel;
                        }()}};
}

} // namespace burgernet
