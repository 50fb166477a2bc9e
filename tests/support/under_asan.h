// under_asan.h: defines DQE_UNDER_ASAN when the test is built with
// AddressSanitizer (tests/sanitize.sh). Tests that check many generated
// inputs against a reference check fewer there: the sanitizer is looking
// for memory errors, which the full count is not needed to find, and runs
// several times slower.
#ifndef DQE_TESTS_SUPPORT_UNDER_ASAN_H_
#define DQE_TESTS_SUPPORT_UNDER_ASAN_H_

#if defined(__SANITIZE_ADDRESS__)
#define DQE_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DQE_UNDER_ASAN 1
#endif
#endif

#endif  // DQE_TESTS_SUPPORT_UNDER_ASAN_H_
