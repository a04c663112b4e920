// CPU the PostgreSQL server processes on this machine have used, from /proc (Linux), so a
// benchmark can count the database's work per delivery and not only the client's.
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100;

/** Milliseconds of CPU (user + system) used so far by every process named "postgres"; null off Linux. */
export function postgresCpuMs(): number | null {
  let dirs: string[];
  try {
    dirs = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let ticks = 0;
  for (const pid of dirs) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      if (name !== "postgres") continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // Fields 14 and 15 of /proc/<pid>/stat (utime, stime), counted after the name.
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while we looked.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
