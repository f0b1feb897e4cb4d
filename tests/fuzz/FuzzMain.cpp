// The libFuzzer entry points of one target; BURGERNET_FUZZ_ENTRY names its function.
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    burgernet::fuzz::initialise();
#ifdef BURGERNET_FUZZ_WARM_UP
    // What the parser builds once, on first use, before the one-second limit per input applies.
    burgernet::fuzz::BURGERNET_FUZZ_WARM_UP();
#endif
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return burgernet::fuzz::BURGERNET_FUZZ_ENTRY(data, size);
}
