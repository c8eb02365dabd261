#pragma once

namespace orch {

// Review and merge of worker branches (diff, conflict preview, merge that leaves the repository
// as it was when it cannot merge cleanly).
class WorktreeMerger final
{
};

} // namespace orch
