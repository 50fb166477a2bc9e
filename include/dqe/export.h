// dqe/export.h: DQE_EXPORT marks the symbols the shared library exports.
//
// The library is built with hidden visibility; only what carries DQE_EXPORT is
// visible to a program that links libdqe.so.
#ifndef DQE_EXPORT_H_
#define DQE_EXPORT_H_

#if defined(_WIN32)
#if defined(DQE_BUILDING_LIBRARY)
#define DQE_EXPORT __declspec(dllexport)
#else
#define DQE_EXPORT
#endif
#else
#define DQE_EXPORT __attribute__((visibility("default")))
#endif

#endif  // DQE_EXPORT_H_
