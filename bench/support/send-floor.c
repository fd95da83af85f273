/*
 * The kernel's floor under the fan-out bench: one thread sends a 1,100-byte
 * frame to each of N loopback TCP sockets every 100 ms (the bench's 10
 * windows a second of ~1 KB), and prints the sender's CPU (user + system)
 * per delivery. The readers are a forked process that reads everything,
 * asleep in epoll_wait between frames, or polling without sleeping with
 * `spin` (as a saturated load client does). No HTTP, no JavaScript, no
 * event loop: what any server pays here for one send to one socket (on
 * loopback the sender's send also runs the receiving side of TCP).
 *
 *   cc -O2 -o /tmp/send-floor bench/support/send-floor.c
 *   /tmp/send-floor 5000 10 [spin]     # sockets, seconds
 *
 * Not part of `npm run bench` (it needs a C compiler); docs/performance.md
 * quotes it beside a fan-out run of the same session.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

static double cpu_seconds(void) {
  struct rusage r;
  getrusage(RUSAGE_SELF, &r);
  return r.ru_utime.tv_sec + r.ru_stime.tv_sec + (r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
}

static void read_forever(const struct sockaddr_in *at, int n, int spin) {
  int ep = epoll_create1(0);
  static char buf[65536];
  for (int i = 0; i < n; i++) {
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(s, (const struct sockaddr *)at, sizeof *at) != 0) { perror("connect"); exit(1); }
    struct epoll_event e = { .events = EPOLLIN, .data.fd = s };
    epoll_ctl(ep, EPOLL_CTL_ADD, s, &e);
  }
  struct epoll_event ready[1024];
  for (;;) {
    int k = epoll_wait(ep, ready, 1024, spin ? 0 : -1);
    for (int i = 0; i < k; i++) (void)!read(ready[i].data.fd, buf, sizeof buf);
  }
}

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: send-floor SOCKETS SECONDS [spin]\n"); return 2; }
  int n = atoi(argv[1]), seconds = atoi(argv[2]), spin = argc > 3 && strcmp(argv[3], "spin") == 0;
  int listener = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in at = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
  socklen_t length = sizeof at;
  if (bind(listener, (struct sockaddr *)&at, sizeof at) != 0 || listen(listener, 65535) != 0) { perror("listen"); return 1; }
  getsockname(listener, (struct sockaddr *)&at, &length);
  pid_t readers = fork();
  if (readers == 0) read_forever(&at, n, spin);
  int *sockets = malloc(n * sizeof *sockets);
  for (int i = 0; i < n; i++) sockets[i] = accept(listener, NULL, NULL);
  static char frame[1100];
  memset(frame, 'x', sizeof frame);
  struct timespec period = { 0, 100 * 1000 * 1000 };
  nanosleep(&period, NULL);
  double before = cpu_seconds();
  long sent = 0;
  for (int t = 0; t < seconds * 10; t++) {
    for (int i = 0; i < n; i++) if (send(sockets[i], frame, sizeof frame, MSG_DONTWAIT) > 0) sent++;
    nanosleep(&period, NULL);
  }
  printf("%d sockets, readers %s: %.2f us of CPU per delivery (%ld sent)\n", n, spin ? "polling" : "asleep in epoll", (cpu_seconds() - before) * 1e6 / sent, sent);
  kill(readers, SIGKILL);
  waitpid(readers, NULL, 0);
  return 0;
}
