#!/usr/bin/env python3
"""Checks what `cmake --install` and `cpack -G DEB` make of a build folder.

  check_package.py installtree --build-dir B    the install tree: every expected path, the cli/gui split
  check_package.py validators --build-dir B     desktop-file-validate and appstreamcli on the installed tree
  check_package.py debs --build-dir B [--deb-dir D]
                                                the two .deb files (made by cpack into a temporary folder
                                                unless D already holds them): fields, dependencies,
                                                contents, and both programs run from an unpacked root

Used by ctest (label "package") and by scripts/ci-package.sh. Exit 0: passed, 1: failed, 77: skipped (a
tool is missing; under CI=true a missing tool fails instead, so CI never passes by skipping).
"""

import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

APP_ID = "io.github.quire.Quire"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
SKIP = 77
# Libraries a server must not be made to install with quire-cli.
GUI_LIBRARIES = ("libqt6gui6", "libqt6widgets6", "libqt6svg6", "libx11", "libxcb", "libgl")

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print(f"FAIL: {message}")
    return condition


def need_tool(name):
    """Returns the tool's path, or ends the check: skipped locally, failed in CI."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CI") == "true":
        print(f"FAIL: {name} is missing (scripts/install-deps.sh installs it; CI must run this check)")
        sys.exit(1)
    print(f"SKIP: {name} is not installed (apt-get install it to run this check; CI fails instead of skipping)")
    sys.exit(SKIP)


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def build_has_gui(build_dir):
    cache = (build_dir / "CMakeCache.txt").read_text()
    return re.search(r"^QUIRE_BUILD_GUI:BOOL=(ON|TRUE|1|YES)$", cache, re.M | re.I) is not None


def install(build_dir, prefix, component=None):
    args = ["cmake", "--install", str(build_dir), "--prefix", str(prefix)]
    if component:
        args += ["--component", component]
    result = run(args)
    if result.returncode != 0:
        print(result.stdout + result.stderr)
        sys.exit(f"FAIL: {' '.join(args)} exited with {result.returncode}")


def files_under(root):
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def expected_paths(gui):
    """Paths relative to the prefix that must be installed (and in which component)."""
    cli = {"bin/quire-cli", "share/doc/quire-cli/copyright", "share/doc/quire-cli/changelog.Debian.gz",
           "share/lintian/overrides/quire-cli"}
    if not gui:
        return {"cli": cli}
    gui_paths = {
        "bin/quire",
        f"share/applications/{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml",
        f"share/mime/packages/{APP_ID}.xml",
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        "share/doc/quire/copyright",
        "share/doc/quire/changelog.Debian.gz",
        "share/lintian/overrides/quire",
    }
    gui_paths |= {f"share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in ICON_SIZES}
    return {"cli": cli, "gui": gui_paths}


def png_size(path):
    data = path.read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def check_copyright(path):
    text = path.read_text()
    check(text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"),
          f"{path}: not in Debian's machine-readable copyright format")
    check("Copyright: 2026 The Quire developers\n" in text, f"{path}: no Copyright field for the Quire developers")
    check(re.search(r"^License: Expat\n Permission is hereby granted", text, re.M) is not None,
          f"{path}: no stand-alone Expat (MIT) licence paragraph")
    check(re.search(r"^[ \t]*$", text.split("License: Expat\n ", 1)[-1].rstrip("\n"), re.M) is None,
          f"{path}: an empty line inside the licence text (the format wants ' .')")


def check_tree_contents(root, gui):
    """root is the installed prefix (…/usr)."""
    for component, paths in expected_paths(gui).items():
        for rel in sorted(paths):
            check((root / rel).is_file(), f"{rel} is not installed (component {component})")
    for rel in ("bin/quire-cli", "bin/quire") if gui else ("bin/quire-cli",):
        path = root / rel
        check(path.exists() and os.access(path, os.X_OK), f"{rel} is not executable")
    check_copyright(root / "share/doc/quire-cli/copyright")
    if not gui:
        return
    desktop = (root / f"share/applications/{APP_ID}.desktop").read_text()
    check(f"\nIcon={APP_ID}\n" in desktop, f"the desktop entry's icon is not {APP_ID}")
    check("\nExec=quire %F\n" in desktop, "the desktop entry does not take folders with Exec=quire %F")
    check("\nMimeType=application/x-quire-job+json;\n" in desktop, "the desktop entry does not open job files")
    check("inode/directory" not in desktop.split("[Desktop Entry]", 1)[1],
          "the desktop entry claims inode/directory (it could become the default folder opener)")
    metainfo = (root / f"share/metainfo/{APP_ID}.metainfo.xml").read_text()
    check(f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo,
          "the metainfo does not launch the installed desktop entry")
    for size in ICON_SIZES:
        path = root / f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        if path.is_file():
            check(png_size(path) == (size, size), f"{path.name} in {size}x{size} is {png_size(path)}")


def cmd_installtree(build_dir):
    gui = build_has_gui(build_dir)
    with tempfile.TemporaryDirectory(prefix="quire-install-") as tmp:
        tmp = Path(tmp)
        install(build_dir, tmp / "all/usr")
        check_tree_contents(tmp / "all/usr", gui)
        whole = files_under(tmp / "all/usr")
        parts = {}
        for component, paths in expected_paths(gui).items():
            install(build_dir, tmp / component / "usr", component)
            parts[component] = files_under(tmp / component / "usr")
            missing = paths - parts[component]
            check(not missing, f"component {component} lacks {sorted(missing)}")
        if gui:
            overlap = parts["cli"] & parts["gui"]
            check(not overlap, f"files in both components (dpkg would refuse to install both): {sorted(overlap)}")
            check("bin/quire" not in parts["cli"], "the desktop app is in component cli")
            check(not any(p.startswith(("share/applications", "share/icons", "share/metainfo"))
                          for p in parts["cli"]), "desktop files are in component cli (package quire-cli)")
        lost = whole - set().union(*parts.values())
        check(not lost, f"installed but in no package (install() without COMPONENT cli or gui): {sorted(lost)}")
        print(f"install tree: {len(whole)} files, " + ", ".join(f"{c}: {len(p)}" for c, p in parts.items()))


def cmd_validators(build_dir):
    if not build_has_gui(build_dir):
        print("SKIP: built without the GUI: no desktop entry or metainfo to validate")
        sys.exit(SKIP)
    desktop_validate = need_tool("desktop-file-validate")
    appstreamcli = need_tool("appstreamcli")
    with tempfile.TemporaryDirectory(prefix="quire-validate-") as tmp:
        root = Path(tmp)
        install(build_dir, root / "usr")
        desktop = root / f"usr/share/applications/{APP_ID}.desktop"
        result = run([desktop_validate, str(desktop)])
        print(f"desktop-file-validate: exit {result.returncode}\n{result.stdout}{result.stderr}".rstrip())
        # It exits 0 on hints too: any line it prints is a finding.
        check(result.returncode == 0 and not (result.stdout + result.stderr).strip(),
              "desktop-file-validate reports problems")
        result = run([appstreamcli, "validate-tree", "--pedantic", "--no-net", str(root)])
        print(f"appstreamcli validate-tree --pedantic --no-net: exit {result.returncode}\n{result.stdout}"
              f"{result.stderr}".rstrip())
        check(result.returncode == 0, "appstreamcli validate-tree fails")
        check("Validation was successful" in result.stdout, "appstreamcli did not report a successful validation")
        check(re.search(r"^[EW]: ", result.stdout, re.M) is None, "appstreamcli reports errors or warnings")
        check_mime(need_tool("update-mime-database"), root / "usr/share/mime")


def check_mime(update_mime_database, mime_dir):
    """The job file type: shared-mime-info compiles it, and *.quire.json maps to it."""
    result = run([update_mime_database, "-V", str(mime_dir)])
    print(f"update-mime-database: exit {result.returncode}{result.stderr}".rstrip())
    check(result.returncode == 0 and "error" not in result.stderr.lower(), "update-mime-database rejects the MIME type")
    globs = (mime_dir / "globs2").read_text() if (mime_dir / "globs2").is_file() else ""
    check("60:application/x-quire-job+json:*.quire.json" in globs, "*.quire.json does not map to the job type")


def deb_field(deb, field):
    return run(["dpkg-deb", "-f", str(deb), field]).stdout.strip()


def deb_files(deb):
    listing = run(["dpkg-deb", "-c", str(deb)]).stdout.splitlines()
    # "-rwxr-xr-x root/root 123 2026-12-07 12:00 ./usr/bin/quire-cli"
    # (a symbolic link's line ends in " -> TARGET")
    return {line.split(" ./", 1)[1].split(" -> ", 1)[0]
            for line in listing if " ./" in line and not line.startswith("d")}


def depends_names(depends):
    return {re.split(r"[\s(]", alt.strip(), maxsplit=1)[0] for alt in re.split(r"[,|]", depends) if alt.strip()}


def check_deb_fields(deb, package, version):
    check(deb_field(deb, "Package") == package, f"{deb.name}: Package is not {package}")
    check(deb_field(deb, "Version") == version, f"{deb.name}: Version {deb_field(deb, 'Version')} is not {version}")
    check(deb_field(deb, "Section") == "utils", f"{deb.name}: Section is not utils")
    check(deb_field(deb, "Priority") == "optional", f"{deb.name}: Priority is not optional")
    check(re.fullmatch(r".+ <[^@ ]+@[^@ ]+>", deb_field(deb, "Maintainer")) is not None,
          f"{deb.name}: Maintainer is not 'Name <address>'")
    check(deb_field(deb, "Homepage") == "https://github.com/quire/quire", f"{deb.name}: no Homepage")
    description = deb_field(deb, "Description").splitlines()
    check(len(description) > 3 and len(description[0]) <= 80 and description[0][:1].islower(),
          f"{deb.name}: Description needs a short lower-case synopsis and a long description")
    check(all(len(line) <= 80 for line in description), f"{deb.name}: Description lines longer than 80")


def check_deb_dependencies(cli_deb, gui_deb, version):
    cli_depends = deb_field(cli_deb, "Depends")
    print(f"quire-cli Depends: {cli_depends}")
    names = depends_names(cli_depends)
    check("libqt6core6" in names and "libc6" in names, "quire-cli does not depend on libqt6core6 and libc6")
    bad = sorted(n for n in names if n.startswith(GUI_LIBRARIES))
    check(not bad, f"quire-cli depends on GUI libraries: {bad}")
    if gui_deb is None:
        return
    gui_depends = deb_field(gui_deb, "Depends")
    print(f"quire Depends: {gui_depends}")
    check(f"quire-cli (= {version})" in gui_depends, f"quire does not depend on quire-cli (= {version})")
    names = depends_names(gui_depends)
    for needed in ("libqt6widgets6", "libqt6gui6", "libqt6core6", "libqt6svg6"):
        check(needed in names, f"quire does not depend on {needed}")


def run_unpacked(root, gui, version):
    """Both programs from the unpacked packages (system Qt, no LD_LIBRARY_PATH), as a user would."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("LD_LIBRARY_PATH", None)
    for program in ("quire-cli", "quire") if gui else ("quire-cli",):
        path = root / "usr/bin" / program
        result = run([str(path), "--version"], env=env, timeout=60, cwd=root)
        print(f"{path.relative_to(root)} --version: exit {result.returncode}: {result.stdout.strip()}")
        check(result.returncode == 0 and version in result.stdout,
              f"{program} --version from the unpacked package: exit {result.returncode}, "
              f"output {result.stdout!r} {result.stderr!r}")
        if path.is_file():
            sections = run(["readelf", "-S", "-W", str(path)]).stdout
            check(".debug_info" not in sections, f"{program} in the package is not stripped")
            check(" .comment " not in sections, f"{program} in the package keeps the compiler's .comment section")


def find_debs(deb_dir, gui):
    debs = {}
    for package in ("quire-cli", "quire") if gui else ("quire-cli",):
        found = sorted(deb_dir.glob(f"{package}_*.deb"))
        if check(len(found) == 1, f"expected one {package}_*.deb in {deb_dir}, found {[p.name for p in found]}"):
            debs[package] = found[0]
    if failures:
        sys.exit(1)
    return debs


def cmd_debs(build_dir, deb_dir):
    need_tool("dpkg-deb")
    need_tool("dpkg-shlibdeps")
    need_tool("readelf")
    gui = build_has_gui(build_dir)
    with tempfile.TemporaryDirectory(prefix="quire-debs-") as tmp:
        tmp = Path(tmp)
        if deb_dir is None:
            deb_dir = tmp / "debs"
            result = run(["cpack", "-G", "DEB", "-B", str(deb_dir), "--config", str(build_dir / "CPackConfig.cmake")],
                         cwd=build_dir)
            if not check(result.returncode == 0, f"cpack -G DEB exited with {result.returncode}"):
                print(result.stdout + result.stderr)
                sys.exit(1)
        debs = find_debs(deb_dir, gui)
        version = deb_field(debs["quire-cli"], "Version")
        check(re.fullmatch(r"\d+\.\d+\.\d+-\d+", version) is not None, f"version {version} is not UPSTREAM-REVISION")
        for package, deb in debs.items():
            check_deb_fields(deb, package, version)
        check_deb_dependencies(debs["quire-cli"], debs.get("quire"), version)

        # The packages together hold exactly the install tree, each file once.
        install(build_dir, tmp / "tree/usr")
        whole = {f"usr/{p}" for p in files_under(tmp / "tree/usr")}
        contents = {package: deb_files(deb) for package, deb in debs.items()}
        packaged = set().union(*contents.values())
        check(whole == packaged, f"install tree vs packages: missing {sorted(whole - packaged)}, "
                                 f"extra {sorted(packaged - whole)}")
        if gui:
            check(not contents["quire-cli"] & contents["quire"],
                  f"files in both packages: {sorted(contents['quire-cli'] & contents['quire'])}")

        root = tmp / "root"
        for deb in debs.values():
            result = run(["dpkg-deb", "-x", str(deb), str(root)])
            check(result.returncode == 0, f"dpkg-deb -x {deb.name}: {result.stderr}")
        run_unpacked(root, gui, version.split("-")[0])
        print("packages: " + ", ".join(f"{d.name} ({len(contents[p])} files)" for p, d in debs.items()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("installtree", "validators", "debs"))
    parser.add_argument("--build-dir", type=Path, required=True)
    parser.add_argument("--deb-dir", type=Path)
    args = parser.parse_args()
    build_dir = args.build_dir.resolve()
    if args.command == "installtree":
        cmd_installtree(build_dir)
    elif args.command == "validators":
        cmd_validators(build_dir)
    else:
        cmd_debs(build_dir, args.deb_dir.resolve() if args.deb_dir else None)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
