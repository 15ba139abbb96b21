/*
 * wake.c — a worker thread's doorbell (wake.h).
 */
#include "sectriage/wake.h"

void
st_wake_init(StWake *w, gboolean kicked)
{
	g_mutex_init(&w->lock);
	g_cond_init(&w->cond);
	w->stop = FALSE;
	w->kicked = kicked;
	w->waiting = FALSE;
}

void
st_wake_clear(StWake *w)
{
	g_mutex_clear(&w->lock);
	g_cond_clear(&w->cond);
}

void
st_wake_kick(StWake *w)
{
	g_mutex_lock(&w->lock);
	w->kicked = TRUE;
	if (w->waiting)
		g_cond_signal(&w->cond);
	g_mutex_unlock(&w->lock);
}

void
st_wake_stop(StWake *w)
{
	g_mutex_lock(&w->lock);
	w->stop = TRUE;
	g_cond_broadcast(&w->cond);
	g_mutex_unlock(&w->lock);
}

gboolean
st_wake_stopping(StWake *w)
{
	gboolean stop;

	g_mutex_lock(&w->lock);
	stop = w->stop;
	g_mutex_unlock(&w->lock);
	return stop;
}

gboolean
st_wake_wait(StWake *w, gint64 wait_ms)
{
	gint64 deadline = g_get_monotonic_time() + wait_ms * G_TIME_SPAN_MILLISECOND;
	gboolean go;

	g_mutex_lock(&w->lock);
	w->waiting = TRUE;
	while (!w->stop && !w->kicked)
		if (!g_cond_wait_until(&w->cond, &w->lock, deadline))
			break;
	w->waiting = FALSE;
	w->kicked = FALSE;
	go = !w->stop;
	g_mutex_unlock(&w->lock);
	return go;
}

gboolean
st_wake_sleep(StWake *w, gint64 wait_us)
{
	gint64 deadline = g_get_monotonic_time() + wait_us;
	gboolean stop;

	g_mutex_lock(&w->lock);
	while (!w->stop)
		if (!g_cond_wait_until(&w->cond, &w->lock, deadline))
			break;
	stop = w->stop;
	g_mutex_unlock(&w->lock);
	return stop;
}
