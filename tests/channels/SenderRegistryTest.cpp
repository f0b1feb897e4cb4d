#include "app/dispatch/SenderRegistry.h"

#include "app/channels/BuiltinSenders.h"
#include "tests/support/FakeClock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {
QStringList ids(const SenderRegistry& registry)
{
    QStringList list;
    for (const auto& d : registry.descriptors())
        list.append(d.id);
    list.sort();
    return list;
}

QString pluginDir()
{
    return QStringLiteral(BURGERNET_SENDER_PLUGIN_DIR);
}

SenderContext liveContext()
{
    SenderContext context;
    context.settings = {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/")},
                        {QStringLiteral("latencyMs"), 0}};
    return context;
}
} // namespace

TEST_CASE("Live registry has the built-in senders and the plugins of the folder", "[senders]")
{
    auto registry = createSenderRegistry(Mode::Live, test::systemClock(), pluginDir());
    const QStringList list = ids(*registry);
    CHECK(list.contains(QStringLiteral("simulated")));
    CHECK(list.contains(QStringLiteral("signs-webhook"))); // the example plugin file
    auto sender = registry->create(QStringLiteral("signs-webhook"), liveContext());
    REQUIRE(sender.ok());
    // The example plugin adds a broadcast channel of its own, with its name.
    CHECK((*sender)->descriptor().channel.id() == QStringLiteral("signs"));
    CHECK_FALSE((*sender)->descriptor().channel.isAddressed());
    CHECK((*sender)->descriptor().channelName == QStringLiteral("Matrix signs"));
    CHECK(registry->refused().isEmpty());
}

TEST_CASE("Training registry holds only the simulated sender and refuses every live one",
          "[senders][training]")
{
    // The folder holds a live plugin; training must not even read it.
    auto registry = createSenderRegistry(Mode::Training, test::systemClock(), pluginDir());
    CHECK(ids(*registry) == QStringList{QStringLiteral("simulated")});

    const QStringList live = {QStringLiteral("signs-webhook"), QStringLiteral("sms-kannel"),
                              QStringLiteral("email-smtp"),    QStringLiteral("voice-gateway"),
                              QStringLiteral("app-push"),      QStringLiteral("social"),
                              QStringLiteral("cap-feed")};
    for (const QString& id : live) {
        auto sender = registry->create(id, liveContext());
        CHECK_FALSE(sender.ok());
        CHECK(sender.errorMessage().contains(QStringLiteral("Training")));
    }
    // Loading the folder explicitly changes nothing either.
    registry->loadFolder(pluginDir());
    CHECK(ids(*registry) == QStringList{QStringLiteral("simulated")});
    // What training does learn, from the plugin's metadata alone, is the channel it adds: the
    // simulated sender serves it there, so a trainee sees the same channels as live.
    const QList<ChannelInfo> added = registry->addedChannels();
    REQUIRE(added.size() == 1);
    CHECK(added.front().channel.id() == QStringLiteral("signs"));
    CHECK(added.front().capabilities.maxLength == 120);

    // The simulated sender serves whichever channel it is made for, and must be told which.
    CHECK_FALSE(registry->create(QStringLiteral("simulated"), liveContext()).ok());
    SenderContext forSigns = liveContext();
    forSigns.channel = *Channel::fromId(QStringLiteral("signs"));
    auto simulated = registry->create(QStringLiteral("simulated"), forSigns);
    REQUIRE(simulated.ok());
    CHECK_FALSE((*simulated)->descriptor().reachesPeople);
    CHECK((*simulated)->descriptor().channel.id() == QStringLiteral("signs"));
}

TEST_CASE("A live registry refuses live senders for a training context", "[senders][training]")
{
    auto registry = createSenderRegistry(Mode::Live, test::systemClock(), pluginDir());
    SenderContext context = liveContext();
    context.mode = Mode::Training;
    context.channel = BuiltinChannel::Sms;
    CHECK_FALSE(registry->create(QStringLiteral("signs-webhook"), context).ok());
    CHECK(registry->create(QStringLiteral("simulated"), context).ok());
}

TEST_CASE("A plugin built for another interface version is refused with a clear message",
          "[senders][plugins]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString mismatched = QStringLiteral(BURGERNET_MISMATCHED_PLUGIN);
    REQUIRE(QFile::copy(mismatched, folder.filePath(QFileInfo(mismatched).fileName())));
    QFile junk(folder.filePath(QStringLiteral("junk.so")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a library");
    junk.close();

    SenderRegistry registry(Mode::Live, test::systemClock());
    registry.loadFolder(folder.path());
    CHECK(registry.descriptors().isEmpty());
    REQUIRE(registry.refused().size() == 2);
    QString versionReason;
    for (const auto& refused : registry.refused())
        if (refused.file != QLatin1String("junk.so"))
            versionReason = refused.reason;
    CHECK(versionReason.contains(QStringLiteral("version 1")));
    CHECK(versionReason.contains(QStringLiteral("version 3")));
}

TEST_CASE("Interface metadata check", "[senders][plugins]")
{
    CHECK(SenderRegistry::checkMetaData(
              {{QStringLiteral("IID"), QStringLiteral(BurgernetChannelSenderPlugin_iid)}})
              .isEmpty());
    CHECK(SenderRegistry::checkMetaData({{QStringLiteral("IID"), QStringLiteral("org.other/1")}})
              .contains(QStringLiteral("not a Burgernet sender plugin")));
}
