/* html_parser_probe: time gumbo and libxml2's HTML parser on the same page (3 runs each).
 * Not part of the build: it records why Lede parses with libxml2 (docs/benchmarks.md,
 * "Web pages"). Needs libgumbo-dev (not a Lede dependency) and libxml2-dev:
 *   gcc -O2 tests/bench/html_parser_probe.c -o /tmp/html_parser_probe \
 *       $(pkg-config --cflags --libs gumbo libxml-2.0)
 *   taskset -c 0 /tmp/html_parser_probe PAGE.html
 */
#include <gumbo.h>
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s PAGE.html\n", argv[0]);
        return 1;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f)
        return 2;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (!b || fread(b, 1, (size_t)n, f) != (size_t)n)
        return 2;
    b[n] = 0;
    for (int r = 0; r < 3; r++) {
        double t0 = now_ms();
        GumboOutput *o = gumbo_parse_with_options(&kGumboDefaultOptions, b, (size_t)n);
        double t1 = now_ms();
        gumbo_destroy_output(&kGumboDefaultOptions, o);
        double t2 = now_ms();
        htmlDocPtr d = htmlReadMemory(b, (int)n, NULL, "UTF-8",
                                      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                          | HTML_PARSE_NONET | HTML_PARSE_COMPACT);
        double t3 = now_ms();
        xmlFreeDoc(d);
        printf("%ld bytes: gumbo %.1f ms, libxml2 %.1f ms\n", n, t1 - t0, t3 - t2);
    }
    free(b);
    return 0;
}
