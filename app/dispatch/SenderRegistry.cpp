#include "app/dispatch/SenderRegistry.h"

#include "app/core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QLocale>
#include <QPluginLoader>

#include <algorithm>

namespace burgernet {

namespace {
const QLatin1String kIid(BurgernetChannelSenderPlugin_iid);
const QLatin1String kIidBase(BurgernetChannelSenderPlugin_iid_base);
} // namespace

SenderRegistry::SenderRegistry(Mode mode, const Clock& clock)
    : m_mode(mode)
    , m_clock(clock)
{}

SenderRegistry::~SenderRegistry() = default;

QString SenderRegistry::checkMetaData(const QJsonObject& metaData)
{
    const QString iid = metaData.value(QStringLiteral("IID")).toString();
    if (iid == kIid)
        return {};
    if (iid.startsWith(kIidBase))
        return tr("built for sender interface version %1, but this console needs version %2; "
                  "rebuild the plugin against this console's ChannelSender.h")
            .arg(iid.mid(kIidBase.size()))
            .arg(BurgernetChannelSenderPlugin_version);
    return tr("not a Burgernet sender plugin (interface \"%1\")").arg(iid);
}

void SenderRegistry::addStaticPlugins()
{
    const auto plugins = QPluginLoader::staticPlugins();
    for (const QStaticPlugin& staticPlugin : plugins) {
        if (!checkMetaData(staticPlugin.metaData()).isEmpty())
            continue;
        auto* plugin = qobject_cast<ChannelSenderPlugin*>(staticPlugin.instance());
        // Qt lists a plugin twice when it is imported both by CMake and by Q_IMPORT_PLUGIN.
        if (!plugin || std::any_of(m_entries.begin(), m_entries.end(),
                                   [plugin](const Entry& e) { return e.plugin == plugin; }))
            continue;
        // Training keeps only the simulated sender; the others are not even listed.
        if (m_mode == Mode::Training && plugin->descriptor().id != QLatin1String(SimulatedId))
            continue;
        if (auto added = add(plugin, QStringLiteral("built-in"), true); !added)
            qCWarning(lcChannels) << added.errorMessage();
    }
}

void SenderRegistry::loadFolder(const QString& folder)
{
    if (m_mode == Mode::Training) {
        qCInfo(lcChannels) << "training mode: sender plugins in" << folder << "are not loaded";
        return;
    }
    const QDir dir(folder);
    const auto files = dir.entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        if (!QLibrary::isLibrary(file.fileName()))
            continue;
        auto loader = std::make_unique<QPluginLoader>(file.absoluteFilePath());
        // The metadata is read without running any of the plugin's code.
        const QString problem = checkMetaData(loader->metaData());
        if (loader->metaData().isEmpty()) {
            m_refused.append(
                {file.fileName(), tr("not a Qt plugin: %1").arg(loader->errorString())});
        } else if (!problem.isEmpty()) {
            m_refused.append({file.fileName(), problem});
        } else if (auto* plugin = qobject_cast<ChannelSenderPlugin*>(loader->instance()); !plugin) {
            m_refused.append(
                {file.fileName(), tr("could not be loaded: %1").arg(loader->errorString())});
        } else if (auto added = add(plugin, file.fileName(), false); !added) {
            m_refused.append({file.fileName(), added.errorMessage()});
        } else {
            qCInfo(lcChannels) << "sender plugin loaded:" << file.fileName();
            m_loaders.push_back(std::move(loader));
            continue;
        }
        qCWarning(lcChannels).noquote()
            << "sender plugin refused:" << file.fileName() << "-" << m_refused.last().reason;
    }
}

Status SenderRegistry::add(ChannelSenderPlugin* plugin, const QString& origin, bool builtIn)
{
    SenderDescriptor descriptor = plugin->descriptor();
    if (descriptor.id.isEmpty())
        return Error{tr("the plugin has no sender id")};
    if (find(descriptor.id))
        return Error{tr("a sender with the id \"%1\" is already installed").arg(descriptor.id)};
    if (!builtIn && !descriptor.reachesPeople)
        return Error{tr("only the built-in simulated sender may declare that it reaches nobody")};
    if (descriptor.servesEveryChannel && (descriptor.reachesPeople || !builtIn))
        return Error{tr("only the built-in simulated sender may serve every channel")};
    if (!descriptor.servesEveryChannel && !descriptor.channel.isValid())
        return Error{tr("the sender \"%1\" names no channel").arg(descriptor.id)};
    if (descriptor.addsChannel() && descriptor.channelName.trimmed().isEmpty())
        return Error{tr("the sender \"%1\" adds the channel \"%2\" without a name")
                         .arg(descriptor.id, descriptor.channel.id())};
    m_entries.push_back({plugin, std::move(descriptor), origin, builtIn});
    return {};
}

const SenderRegistry::Entry* SenderRegistry::find(const QString& id) const
{
    for (const Entry& entry : m_entries)
        if (entry.descriptor.id == id)
            return &entry;
    return nullptr;
}

std::optional<ChannelInfo> SenderRegistry::channelFromMetaData(const QJsonObject& metaData)
{
    const QJsonObject declared = metaData.value(QStringLiteral("MetaData"))
                                     .toObject()
                                     .value(QStringLiteral("channel"))
                                     .toObject();
    const auto channel = Channel::fromId(declared.value(QStringLiteral("id")).toString());
    if (!channel || channel->isBuiltin())
        return std::nullopt;
    ChannelInfo info;
    info.channel = *channel;
    // The name in the interface's language, else English, else the id.
    const QJsonObject names = declared.value(QStringLiteral("name")).toObject();
    const QString language = QLocale().name().left(2);
    info.name = names.value(language).toString(names.value(QStringLiteral("en")).toString());
    if (info.name.isEmpty())
        info.name = channel->id();
    info.capabilities.maxLength = declared.value(QStringLiteral("maxLength")).toInt();
    info.capabilities.media = declared.value(QStringLiteral("media")).toBool();
    info.capabilities.defaultRatePerSecond =
        declared.value(QStringLiteral("ratePerSecond")).toDouble(1);
    info.capabilities.defaultBurst = 1;
    info.capabilities.costPerMessage = declared.value(QStringLiteral("costPerMessage")).toDouble();
    return info;
}

void SenderRegistry::readChannelsOf(const QString& folder)
{
    const QDir dir(folder);
    const auto files = dir.entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        if (!QLibrary::isLibrary(file.fileName()))
            continue;
        // QPluginLoader::metaData() reads the file; it neither loads nor runs the library.
        const QPluginLoader loader(file.absoluteFilePath());
        if (!checkMetaData(loader.metaData()).isEmpty())
            continue;
        if (const auto info = channelFromMetaData(loader.metaData()))
            if (std::none_of(m_declaredChannels.begin(), m_declaredChannels.end(),
                             [&](const ChannelInfo& i) { return i.channel == info->channel; }))
                m_declaredChannels.append(*info);
    }
}

QList<ChannelInfo> SenderRegistry::addedChannels() const
{
    QList<ChannelInfo> added = m_declaredChannels;
    for (const Entry& entry : m_entries) {
        const SenderDescriptor& d = entry.descriptor;
        if (d.addsChannel() && std::none_of(added.begin(), added.end(), [&](const ChannelInfo& i) {
                return i.channel == d.channel;
            }))
            added.append({d.channel, d.channelName, d.capabilities});
    }
    return added;
}

QList<SenderDescriptor> SenderRegistry::descriptors() const
{
    QList<SenderDescriptor> list;
    for (const Entry& entry : m_entries)
        list.append(entry.descriptor);
    return list;
}

bool SenderRegistry::contains(const QString& id) const
{
    return find(id) != nullptr;
}

Result<std::unique_ptr<ChannelSender>> SenderRegistry::create(const QString& id,
                                                              const SenderContext& context) const
{
    const Entry* entry = find(id);
    const bool training = m_mode == Mode::Training || context.mode == Mode::Training;
    // Checked again here, not only when filling the registry: a live sender must be
    // unreachable from training mode whatever path leads here.
    if (training &&
        (!entry || !entry->builtIn || entry->descriptor.id != QLatin1String(SimulatedId) ||
         entry->descriptor.reachesPeople))
        return Error{tr("Training mode can only use the simulated sender, not \"%1\".").arg(id)};
    if (!entry)
        return Error{tr("No sender \"%1\" is installed.").arg(id)};
    SenderContext ctx = context;
    ctx.mode = training ? Mode::Training : m_mode;
    if (!ctx.clock)
        ctx.clock = &m_clock;
    if (!entry->descriptor.servesEveryChannel)
        ctx.channel = entry->descriptor.channel;
    else if (!ctx.channel.isValid())
        return Error{tr("The sender \"%1\" serves every channel: say which.").arg(id)};
    std::unique_ptr<ChannelSender> sender = entry->plugin->create(ctx);
    if (!sender)
        return Error{tr("The sender \"%1\" could not be created with these settings.").arg(id)};
    if (training && sender->descriptor().reachesPeople)
        return Error{tr("Training mode can only use the simulated sender, not \"%1\".").arg(id)};
    return Result<std::unique_ptr<ChannelSender>>(std::move(sender));
}

QString SenderRegistry::defaultPluginFolder()
{
    const QString fromEnv = qEnvironmentVariable("BURGERNET_SENDER_PLUGINS");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../lib/burgernet-console/senders"));
}

} // namespace burgernet
