// parallel_sort.h: sorting the values a million rows hold on the run's
// threads.
#ifndef DQE_COMMON_PARALLEL_SORT_H_
#define DQE_COMMON_PARALLEL_SORT_H_

#include <tbb/parallel_sort.h>
#include <tbb/task_arena.h>

#include <algorithm>

namespace dqe::internal {

// ParallelSort sorts [begin, end) on `threads` threads (in one when the
// range is small or threads <= 1).
template <typename It>
void ParallelSort(It begin, It end, int threads) {
  if (threads > 1 && end - begin > 65536) {
    tbb::task_arena arena(threads);
    arena.execute([&] { tbb::parallel_sort(begin, end); });
  } else {
    std::sort(begin, end);
  }
}

}  // namespace dqe::internal

#endif  // DQE_COMMON_PARALLEL_SORT_H_
