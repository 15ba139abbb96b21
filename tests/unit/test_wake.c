/*
 * test_wake.c — the worker threads' doorbell (wake.c).
 */
#include "sectriage/wake.h"

typedef struct {
	StWake w;
	gboolean result;
	gint64 took_us;
	gint mode;              /* 0: st_wake_wait 10 s, 1: st_wake_sleep 300 ms */
	gint started;
} Waiter;

static gpointer
waiter(gpointer data)
{
	Waiter *x = data;
	gint64 t0 = g_get_monotonic_time();

	g_atomic_int_set(&x->started, 1);
	x->result = x->mode == 0 ? st_wake_wait(&x->w, 10000)
				 : st_wake_sleep(&x->w, 300 * 1000);
	x->took_us = g_get_monotonic_time() - t0;
	return NULL;
}

static GThread *
start(Waiter *x, gint mode)
{
	GThread *th;

	x->mode = mode;
	g_atomic_int_set(&x->started, 0);
	th = g_thread_new("waiter", waiter, x);
	while (!g_atomic_int_get(&x->started))
		g_usleep(1000);
	g_usleep(20 * 1000);    /* in its wait by now */
	return th;
}

static void
test_kick_wakes_wait(void)
{
	Waiter x = { 0 };

	st_wake_init(&x.w, FALSE);
	GThread *th = start(&x, 0);
	st_wake_kick(&x.w);
	g_thread_join(th);
	g_assert_true(x.result);
	g_assert_cmpint(x.took_us, <, 5 * G_USEC_PER_SEC);
	/* the kick was taken: the next wait times out */
	g_assert_true(st_wake_wait(&x.w, 10));
	st_wake_clear(&x.w);
}

/* A kick does not end a sleep (issue #9: a kick per message must not wake
 * the pausing triage thread); it is kept for the next wait.  Stop does. */
static void
test_kick_left_for_next_wait(void)
{
	Waiter x = { 0 };

	st_wake_init(&x.w, FALSE);
	GThread *th = start(&x, 1);
	st_wake_kick(&x.w);
	g_thread_join(th);
	g_assert_false(x.result);
	g_assert_cmpint(x.took_us, >=, 290 * 1000);
	gint64 t0 = g_get_monotonic_time();
	g_assert_true(st_wake_wait(&x.w, 10000));
	g_assert_cmpint(g_get_monotonic_time() - t0, <, 5 * G_USEC_PER_SEC);

	th = start(&x, 1);
	st_wake_stop(&x.w);
	g_thread_join(th);
	g_assert_true(x.result);
	g_assert_cmpint(x.took_us, <, 290 * 1000);
	g_assert_true(st_wake_stopping(&x.w));
	g_assert_false(st_wake_wait(&x.w, 10000));
	st_wake_clear(&x.w);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/wake/kick-wakes-wait", test_kick_wakes_wait);
	g_test_add_func("/wake/kick-left-for-next-wait", test_kick_left_for_next_wait);
	return g_test_run();
}
