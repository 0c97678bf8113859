/**
 * A new post's text in the blog's usual style: a draft with its title and date and a comment
 * beside each field an editor may not know. `npm run new` writes it; the browser editor starts
 * each new post from it (lib/editor/roundtrip.ts), so both make the same file.
 */
export function newPostSource(title: string, date: string): string {
  return `---
title: ${JSON.stringify(title)}
date: ${date}
# One or two sentences for cards, feeds and search results. Left empty, the first paragraph is used.
summary: ""
# Ids of content/authors/<id>/_index.md, e.g. [ragni-mayte]
authors: []
tags: []
# Drafts show in \`npm run dev\` only. Set to false to publish.
draft: true
---

Start with what happened and why it matters to the reader. This first paragraph is the summary
on cards unless \`summary\` is set above.

## What we learned

Put images in this folder and show them with \`![What the picture shows](./photo.jpg)\`.
`;
}
