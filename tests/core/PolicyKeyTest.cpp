#include "app/core/PolicyKey.h"

#include <catch2/catch.hpp>
#include <set>

using namespace burgernet;

TEST_CASE("Every policy key is declared once, with its default inside its ranges", "[settings]")
{
    std::set<QString> ids;
    for (const PolicyDescriptor& d : policy::descriptors()) {
        INFO(d.id);
        CHECK(ids.insert(QString::fromLatin1(d.id)).second);
        CHECK(policy::fromId(QString::fromLatin1(d.id)) == d.key);
        CHECK(d.range.contains(d.defaultValue));
        CHECK(d.liveRange.contains(d.defaultValue));
        // Live mode is never looser than training.
        CHECK(d.liveRange.minimum >= d.range.minimum);
        CHECK(d.liveRange.maximum <= d.range.maximum);
        CHECK_FALSE(policy::describe(d.key).isEmpty());
    }
    CHECK(ids.size() == size_t(kPolicyKeyCount));
    CHECK_FALSE(policy::fromId(QStringLiteral("ui/language")));
}

TEST_CASE("The idle lock cannot be switched off in live mode", "[settings]")
{
    CHECK_FALSE(policy::rangeFor(PolicyKey::IdleLockMinutes, Mode::Live).contains(0));
    CHECK(policy::rangeFor(PolicyKey::IdleLockMinutes, Mode::Live).contains(1));
    CHECK(policy::rangeFor(PolicyKey::IdleLockMinutes, Mode::Live).contains(240));
    CHECK_FALSE(policy::rangeFor(PolicyKey::IdleLockMinutes, Mode::Live).contains(241));
    CHECK(policy::rangeFor(PolicyKey::IdleLockMinutes, Mode::Training).contains(0));
    // The account locks on a stricter count than a workstation refuses a name.
    CHECK(policy::descriptor(PolicyKey::AccountLockFailures).defaultValue >
          policy::descriptor(PolicyKey::SignInMaxFailures).defaultValue);
    CHECK(policy::descriptor(PolicyKey::AccountLockFailures).range.minimum >
          policy::descriptor(PolicyKey::SignInMaxFailures).range.minimum);
}
