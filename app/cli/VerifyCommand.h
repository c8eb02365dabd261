#pragma once

#include "doctor/Doctor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QTextStream>

namespace orch {

class ConfigLoader;

// `orchestrator --verify [--offline] [--json]`: runs the Doctor and prints, for every check, its
// status in each mode it concerns and what it found, then each problem with its fix; with --json
// one JSON object instead. The exit code says whether the configured mode (orchestrator.mode) is
// ready, so scripts can gate a run on it.
class VerifyCommand final
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    // Ready shares 0 with a successful run; NotReady is the CLI's "environment error" code.
    enum ExitCode { Ready = 0, NotReady = 3 };

    struct Options
    {
        bool json = false;
        bool offline = false;
    };

    VerifyCommand(const ConfigLoader &loader, const Options &options);

    // Runs every check (blocking, bounded), prints the report to out, returns the exit code.
    int exec(QTextStream &out) const;

    // The table, the readiness line and the fixes, as printed without --json.
    static QString renderText(const Doctor::Report &report, Config::Mode configured);
    // {"configured_mode", "ready", "modes": {mode: bool}, "checks": [{id, title, modes, status, detail, fix}]}
    static QByteArray renderJson(const Doctor::Report &report, Config::Mode configured);
    static int exitCode(const Doctor::Report &report, Config::Mode configured);

private:
    Doctor m_doctor;
    Config::Mode m_mode;
    Options m_options;
};

} // namespace orch
