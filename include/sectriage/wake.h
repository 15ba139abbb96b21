/*
 * wake.h — the doorbell of a worker thread (the outbox sender, the triage
 * thread): others kick it when there is work, and stop it once.
 */
#ifndef SECTRIAGE_WAKE_H
#define SECTRIAGE_WAKE_H

#include <glib.h>

G_BEGIN_DECLS

typedef struct StWake {
	GMutex lock;
	GCond cond;
	gboolean stop;          /* under lock */
	gboolean kicked;        /* under lock */
	gboolean waiting;       /* under lock: in st_wake_wait */
} StWake;

/* Initialise W; KICKED: the first wait returns at once. */
void st_wake_init(StWake *w, gboolean kicked);
void st_wake_clear(StWake *w);
/* There is work: the thread waiting in st_wake_wait wakes (a thread in
 * st_wake_sleep is left alone: the kick waits for its next st_wake_wait,
 * so that a kick per message does not wake a thread that is pausing). */
void st_wake_kick(StWake *w);
/* The thread is to stop: every wait returns FALSE from now on. */
void st_wake_stop(StWake *w);
/* TRUE when the thread is to stop. */
gboolean st_wake_stopping(StWake *w);
/* Wait for a kick or WAIT_MS, and take the kick.  FALSE when stopping. */
gboolean st_wake_wait(StWake *w, gint64 wait_ms);
/* Sleep WAIT_US unless stopped (a kick does not end it: it is left for the
 * next st_wake_wait).  TRUE when stopping. */
gboolean st_wake_sleep(StWake *w, gint64 wait_us);

G_END_DECLS

#endif
