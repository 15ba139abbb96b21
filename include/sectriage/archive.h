/*
 * archive.h — what kind of file an attachment is, the members of an
 * attached archive and the contents of a few small ones (module archive.c).
 *
 * libarchive reads from memory only: nothing is ever extracted or written to
 * disk.  tar (plain, gzip, bzip2, xz, zstd...), zip, 7z and whatever else
 * libarchive recognises.  The work is bounded: at most MAX_MEMBERS names, at
 * most MAX_BYTES of decompressed data read (a zip or gzip bomb stops there),
 * and a deadline.  A single compressed file (ci-run.log.gz) is no archive:
 * st_archive_single reads its head, st_archive_inner_name names it.
 */
#ifndef SECTRIAGE_ARCHIVE_H
#define SECTRIAGE_ARCHIVE_H

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when FILENAME (may be NULL) or CONTENT_TYPE (lower case, may be NULL)
 * names an archive worth listing (.zip .tar .tar.gz .tgz .tar.bz2 .tar.xz
 * .7z ..., application/zip, application/x-tar, application/gzip, ...). */
gboolean st_archive_is_archive(const char *filename, const char *content_type);

/* TRUE when an attachment is text worth reading: any text type, JSON, YAML,
 * shell and other script types, and source, log, config and patch files by name
 * (.py .sh .c .rs .js .ts .go .toml .yaml .json .txt .log .diff .patch,
 * Dockerfile, ...).  FILENAME and CONTENT_TYPE (lower case) may be NULL. */
gboolean st_archive_is_text(const char *filename, const char *content_type);

/* Member names of the archive in DATA (LEN bytes), in archive order, made
 * printable (UTF-8, controls as '?').  Adds to FLAGS (GPtrArray of owned
 * char*, may be NULL): "archive-limit" when MAX_MEMBERS, MAX_BYTES or the
 * DEADLINE (g_get_monotonic_time() value, 0 = none) stopped the listing,
 * "archive-error" when libarchive could not read it (the names read so far
 * are still returned), "encrypted-member", "unsafe-name" (absolute path or a
 * ".." component).  Returns a GPtrArray of owned char* (possibly empty),
 * never NULL; g_ptr_array_unref(). */
GPtrArray *st_archive_list(const void *data, gsize len, gint max_members,
			   gint64 max_bytes, gint64 deadline, GPtrArray *flags);

/* One member read by st_archive_read: its name (printable, as
 * st_archive_list gives it) and its bytes.  st_archive_file_free(). */
typedef struct StArchiveFile {
	char *name;
	GBytes *data;
} StArchiveFile;

void st_archive_file_free(StArchiveFile *f);

/* Is the member NAME (SIZE bytes, -1 when the archive does not say) one
 * to read?  USER is st_archive_read's. */
typedef gboolean (*StArchiveWant)(const char *name, gint64 size, gpointer user);

/* The contents of the members of the archive in DATA (LEN bytes) that WANT
 * accepts, in archive order: at most MAX_FILES of them, each at most
 * MAX_FILE_BYTES (a longer member is left out, not cut), looking at no
 * more than MAX_ENTRIES entries and decompressing no more than MAX_BYTES in
 * all (members skipped in a streaming format count too).  Encrypted members
 * and unreadable archives give nothing.  Returns a GPtrArray of
 * StArchiveFile* (possibly empty), never NULL; g_ptr_array_unref(). */
GPtrArray *st_archive_read(const void *data, gsize len, StArchiveWant want, gpointer user,
			   gint max_entries, gint max_files, gint64 max_file_bytes,
			   gint64 max_bytes);

/* When DATA (LEN bytes) is one compressed file (gzip, bzip2, xz, zstd or
 * another filter libarchive reads, over data that is no archive format it
 * knows: ci-run.log.gz), its first MAX_KEEP decompressed bytes: no more is
 * ever decompressed.  Adds to FLAGS (may be NULL) "archive-limit" when
 * there was more or the DEADLINE (0 = none) passed, "archive-error" when
 * the data breaks off (the bytes read so far are returned).  NULL when DATA
 * is an archive (a .tar.gz: st_archive_list lists it), not compressed or
 * unreadable.  g_bytes_unref(). */
GBytes *st_archive_single(const void *data, gsize len, gsize max_keep, gint64 deadline,
			  GPtrArray *flags);

/* The name of the file the compressed FILENAME (may be NULL) holds, which
 * libarchive's raw format does not know: FILENAME without its compression
 * suffix (ci-run.log.gz: ci-run.log; .tgz and the like: .tar), "data"
 * when FILENAME is NULL or has no such suffix.  g_free(). */
char *st_archive_inner_name(const char *filename);

G_END_DECLS
#endif
