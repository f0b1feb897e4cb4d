#include "app/core/PolicyKey.h"

namespace burgernet {

namespace {

constexpr PolicyRange kMinutesOfIdle{0, 240};

constexpr std::array<PolicyDescriptor, kPolicyKeyCount> kDescriptors{{
    {PolicyKey::ApprovalThreshold,
     "dispatch/approvalThreshold",
     10000,
     {1, 5'000'000},
     {1, 5'000'000},
     QT_TRANSLATE_NOOP("burgernet::policy",
                       "Addressed messages above which a second user must approve an action")},
    {PolicyKey::DailyLimit,
     "dispatch/dailyLimitPerParticipant",
     3,
     {0, 20},
     {0, 20},
     QT_TRANSLATE_NOOP("burgernet::policy",
                       "Alerts a participant receives per day at most (0: no limit)")},
    {PolicyKey::ReauthRecipients,
     "security/reauthRecipients",
     1000,
     {0, 5'000'000},
     {0, 5'000'000},
     QT_TRANSLATE_NOOP("burgernet::policy",
                       "A live send to more recipients than this asks for the password again")},
    {PolicyKey::SignInMaxFailures,
     "security/signInMaxFailures",
     5,
     {3, 20},
     {3, 20},
     QT_TRANSLATE_NOOP("burgernet::policy",
                       "Failed sign-ins in a row at one workstation after which that "
                       "workstation refuses the name until the lock time has passed")},
    {PolicyKey::SignInDelaySeconds,
     "security/signInDelaySeconds",
     1,
     {1, 30},
     {1, 30},
     QT_TRANSLATE_NOOP("burgernet::policy",
                       "Wait after the first failed sign-in, doubling with each further "
                       "failure (at most 60 s)")},
    {PolicyKey::SignInLockMinutes,
     "security/signInLockMinutes",
     15,
     {1, 1440},
     {1, 1440},
     QT_TRANSLATE_NOOP("burgernet::policy",
                       "Minutes a refused name or a locked account stays refused (an "
                       "administrator can unlock it sooner)")},
    {PolicyKey::AccountLockFailures,
     "security/accountLockFailures",
     15,
     {6, 100},
     {6, 100},
     QT_TRANSLATE_NOOP("burgernet::policy",
                       "Failed sign-ins in a row, at all workstations together, after which the "
                       "account is locked everywhere; more than signInMaxFailures")},
    {PolicyKey::IdleLockMinutes,
     "security/idleLockMinutes",
     10,
     kMinutesOfIdle,
     {1, 240},
     QT_TRANSLATE_NOOP("burgernet::policy",
                       "Minutes without keyboard or mouse input after which the window locks "
                       "(0, never, only in training)")},
    {PolicyKey::PurgeUnsubscribedDays,
     "security/purgeUnsubscribedDays",
     90,
     {1, 3650},
     {1, 3650},
     QT_TRANSLATE_NOOP("burgernet::policy",
                       "Days after unsubscribing after which a participant is purged from the "
                       "register")},
    {PolicyKey::OverlapHours,
     "dispatch/overlapHours",
     2,
     {0, 72},
     {0, 72},
     QT_TRANSLATE_NOOP("burgernet::policy",
                       "Hours back in which an action whose area overlaps a new one is named in "
                       "the confirmation (0: not checked)")},
}};

constexpr bool declaredInOrder()
{
    for (size_t i = 0; i < kDescriptors.size(); ++i)
        if (static_cast<size_t>(kDescriptors[i].key) != i)
            return false;
    return true;
}

} // namespace

namespace policy {

const std::array<PolicyDescriptor, kPolicyKeyCount>& descriptors()
{
    return kDescriptors;
}

const PolicyDescriptor& descriptor(PolicyKey key)
{
    static_assert(declaredInOrder(), "kDescriptors must list the keys in enum order");
    return kDescriptors[static_cast<size_t>(key)];
}

std::optional<PolicyKey> fromId(const QString& id)
{
    for (const PolicyDescriptor& d : kDescriptors)
        if (id == QLatin1String(d.id))
            return d.key;
    return std::nullopt;
}

QString id(PolicyKey key)
{
    return QString::fromLatin1(descriptor(key).id);
}

PolicyRange rangeFor(PolicyKey key, Mode mode)
{
    const PolicyDescriptor& d = descriptor(key);
    return mode == Mode::Live ? d.liveRange : d.range;
}

QString describe(PolicyKey key)
{
    return QCoreApplication::translate("burgernet::policy", descriptor(key).description);
}

} // namespace policy

PolicyValues::PolicyValues()
{
    for (const PolicyDescriptor& d : policy::descriptors())
        m_values[static_cast<size_t>(d.key)] = d.defaultValue;
}

} // namespace burgernet
