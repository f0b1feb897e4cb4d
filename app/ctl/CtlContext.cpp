#include "ctl/CtlContext.h"

#include "storage/Database.h"

namespace burgernet {

CtlContext::CtlContext(QTextStream& out, QTextStream& err, const Clock& clock, Settings& settings)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
    , m_settings(settings)
{}

CtlContext::~CtlContext() = default;

Result<Database*> CtlContext::database()
{
    if (!m_db) {
        auto opened = Database::open(m_spec);
        if (!opened)
            return opened.error();
        m_db = std::move(opened).value();
    }
    return m_db.get();
}

} // namespace burgernet
