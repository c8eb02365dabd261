#pragma once

// `orchestrator --verify` (placeholder until written).
