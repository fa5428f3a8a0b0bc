//! The container target (testcontainers): without a Docker engine it is skipped in one line
//! within a second (exit 5); with one, the reference image (`docker/build-reference-image.sh`,
//! built here from the test binary) passes a subset of the suite as a container target and no
//! container is left behind. The engine test prints a clear SKIP line when there is no engine.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn crudspec(args: &[&str], envs: &[(&str, &str)]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_crudspec"))
        .args(args)
        .envs(envs.iter().copied())
        .env_remove("CRUDSPEC_TARGET")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("CRUDSPEC_DIALECT")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run crudspec: {e}"));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn without_an_engine_the_container_target_is_skipped_in_one_line_within_a_second() {
    let started = Instant::now();
    let (code, stdout, stderr) = crudspec(
        &[
            "run",
            "--target",
            "container:crudspec-reference:dev",
            "--dialect",
            "prisma1",
            "--tags",
            "@behaviour:upsert",
        ],
        &[("DOCKER_HOST", "unix:///nonexistent/docker.sock")],
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(code, 5, "{stdout}\n{stderr}");
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("skipped: no Docker engine"))
        .collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].contains("apt-get install -y docker.io"),
        "{stderr}"
    );
    assert!(stdout.contains(" skip"), "{stdout}");
    // With another target beside it, the run goes on there.
    let (code, stdout, _) = crudspec(
        &[
            "run",
            "--target",
            "container:crudspec-reference:dev",
            "--target",
            "reference",
            "--dialect",
            "prisma1",
            "--tags",
            "@behaviour:upsert",
        ],
        &[("DOCKER_HOST", "unix:///nonexistent/docker.sock")],
    );
    assert_eq!(code, 5, "{stdout}");
    assert!(stdout.contains(" pass,"), "{stdout}");
}

/// `docker ARGS` (bounded to 60 s by coreutils' timeout, so a stuck engine cannot hang the test).
fn docker(args: &[&str]) -> Option<String> {
    let out = Command::new("timeout")
        .arg("60")
        .arg("docker")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_reference_image_passes_as_a_container_target_and_leaves_nothing_behind() {
    if std::env::var("DOCKER_HOST").is_ok_and(|h| h.contains("nonexistent")) {
        println!("SKIP: DOCKER_HOST points nowhere");
        return;
    }
    if docker(&["info", "--format", "{{.ServerVersion}}"]).is_none() {
        println!(
            "SKIP: no Docker engine answers (apt-get install -y docker.io; dockerd &): the \
             container target was not tried"
        );
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let tag = format!("crudspec-reference:test-{}", std::process::id());
    let built = Command::new("bash")
        .arg(root.join("docker/build-reference-image.sh"))
        .arg(&tag)
        .env("CRUDSPEC_BINARY", env!("CARGO_BIN_EXE_crudspec"))
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run the image script: {e}"));
    assert!(
        built.status.success(),
        "the image did not build: {}",
        String::from_utf8_lossy(&built.stderr)
    );
    let config =
        std::env::temp_dir().join(format!("crudspec-container-{}.json", std::process::id()));
    std::fs::write(
        &config,
        serde_json::json!({
            "name": "reference-image",
            "dialect": "prisma1",
            "container": {"image": tag, "ready_timeout_secs": 20},
            "reset": "delete-all"
        })
        .to_string(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (code, stdout, stderr) = crudspec(
        &[
            "run",
            "--target",
            &config.display().to_string(),
            "--tags",
            "@behaviour:upsert or @behaviour:connect",
            "-q",
        ],
        &[],
    );
    let owner_filter = "label=crudspec.owner";
    let left = docker(&["ps", "-aq", "--filter", owner_filter]).unwrap_or_default();
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    assert!(stdout.contains(" 0 fail, 0 setup, 0 error"), "{stdout}");
    assert!(!stdout.contains(" 0 pass"), "{stdout}");
    assert!(left.trim().is_empty(), "containers left behind: {left}");

    // Ctrl-C while containers run: they are removed all the same.
    let mut child = Command::new(env!("CARGO_BIN_EXE_crudspec"))
        .args(["run", "--target", &config.display().to_string(), "-q"])
        .env_remove("CRUDSPEC_TARGET")
        .env_remove("GITHUB_STEP_SUMMARY")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen = false;
    while Instant::now() < deadline && !seen {
        seen = docker(&["ps", "-q", "--filter", owner_filter])
            .is_some_and(|ids| !ids.trim().is_empty());
        std::thread::sleep(Duration::from_millis(200));
    }
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let status = child.wait().unwrap_or_else(|e| panic!("{e}"));
    let left = docker(&["ps", "-aq", "--filter", owner_filter]).unwrap_or_default();
    let _ = docker(&["rmi", "-f", &tag]);
    assert!(seen, "no container was started");
    assert_eq!(status.code(), Some(130), "{status:?}");
    assert!(
        left.trim().is_empty(),
        "containers left after Ctrl-C: {left}"
    );
}
