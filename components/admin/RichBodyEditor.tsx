'use client';
// Runs in the browser because it is a contenteditable editor (TipTap over ProseMirror) that keeps the form's Markdown textarea in step as the text is typed or pasted.
/**
 * The article body as rich text: a toolbar (bold, italic, link, heading, subheading, quote with
 * attribution, lists, picture or media, embed) over a ProseMirror document whose schema is the
 * block model, node for block (lib/content/editor-doc.ts). It never posts anything itself: every
 * change is written as Markdown into the body textarea it was given (an `input` event, so the
 * autosave, the unsaved-changes status, the word count and the save see a typed change), and the
 * server parses and validates that Markdown as it does any save.
 *
 * Loaded only by the article editor (BodyField, through next/dynamic), so its code reaches only
 * that page. No inline <style>: TipTap's injected CSS is off (the CSP's style-src is 'self');
 * ProseMirror's few style attributes are allowed.
 */
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { mergeAttributes, Node } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { Node as PMNode } from '@tiptap/pm/model';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import Bold from '@tiptap/extension-bold';
import Italic from '@tiptap/extension-italic';
import Heading from '@tiptap/extension-heading';
import Link from '@tiptap/extension-link';
import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list';
import { Gapcursor, Placeholder, TrailingNode, UndoRedo } from '@tiptap/extensions';
import { blockSchema, EMBED_PROVIDERS, embedProviderFor, isSafeHref, type Block } from '@/lib/content/blocks';
import { blocksToDoc, docToBlocks, NODE, type DocNode } from '@/lib/content/editor-doc';
import { markdownToBlocks } from '@/lib/content/markdown/parse';
import { blocksToMarkdown } from '@/lib/content/markdown/serialize';
import { cleanPastedHtml } from '@/lib/content/paste-html';
import { INPUT_CLASS } from './FormParts';

/** A block the editor holds whole, read back from its data-block attribute (pasted or dropped). */
function blockFromAttribute(value: string | null): Block | null {
  if (!value) return null;
  try {
    const parsed = blockSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What a picture, embed or media card says. */
function describe(block: Block): { label: string; detail: string } {
  switch (block.type) {
    case 'image':
      return { label: `Picture #${block.mediaId}`, detail: [block.alt, block.caption].filter(Boolean).join(' · ') };
    case 'embed':
      return { label: `Embed: ${EMBED_PROVIDERS[block.provider].name}`, detail: block.title ?? block.url };
    case 'video':
      return { label: `Video #${block.mediaId}`, detail: block.caption ?? '' };
    case 'audio':
      return { label: `Audio #${block.mediaId}`, detail: block.caption ?? '' };
    case 'file':
      return { label: `Download #${block.mediaId}`, detail: block.title ?? '' };
    case 'gallery':
      return { label: `Gallery of ${block.items.length} pictures`, detail: block.title ?? '' };
    default:
      return { label: `Block: ${(block as { type: string }).type}`, detail: '' };
  }
}

/** Pictures, embeds and media (and any block type added later): one uneditable card, the block kept whole. */
const BlockAtom = Node.create({
  name: NODE.atom,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,
  addAttributes() {
    return {
      block: {
        default: null,
        parseHTML: (el) => blockFromAttribute(el.getAttribute('data-block')),
        renderHTML: (attrs) => ({ 'data-block': JSON.stringify(attrs.block) }),
      },
    };
  },
  parseHTML() {
    return [
      { tag: 'div[data-block]', getAttrs: (el) => (blockFromAttribute(el.getAttribute('data-block')) ? null : false) },
    ];
  },
  renderHTML({ node, HTMLAttributes }) {
    const { label, detail } = describe(node.attrs.block as Block);
    return [
      'div',
      mergeAttributes(HTMLAttributes, {
        contenteditable: 'false',
        class: 'my-3 rounded border border-line bg-surface p-3 font-sans text-sm',
      }),
      ['span', { class: 'font-semibold' }, label],
      ['span', { class: 'block text-muted-fg' }, detail || 'No caption'],
    ];
  },
});

/** A quote: its paragraphs (plain text, as the block holds), then its attribution line. */
const Quote = Node.create({
  name: NODE.quote,
  group: 'block',
  content: `${NODE.quoteText}+ ${NODE.quoteAttribution}`,
  defining: true,
  parseHTML: () => [{ tag: 'blockquote' }],
  renderHTML: () => ['blockquote', { class: 'my-3 border-l-4 border-brand pl-4 font-serif text-lg' }, 0],
});
const QuoteText = Node.create({
  name: NODE.quoteText,
  content: 'text*',
  marks: '',
  // Ahead of the paragraph's own rule, but only inside a quote.
  parseHTML: () => [{ tag: 'p', context: `${NODE.quote}/`, priority: 60 }],
  renderHTML: () => ['p', 0],
  addKeyboardShortcuts() {
    return {
      // Enter starts the quote's next paragraph (ProseMirror's own split would make the new line the
      // attribution, of which a quote has one); on an empty last paragraph it goes to the attribution.
      Enter: ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        if ($from.parent.type.name !== this.name) return false;
        const quote = $from.node(-1);
        const next = quote.maybeChild($from.index(-1) + 1);
        if (
          empty &&
          $from.parent.content.size === 0 &&
          next?.type.name === NODE.quoteAttribution &&
          quote.childCount > 2
        ) {
          const start = $from.before();
          return editor
            .chain()
            .command(({ tr }) => {
              tr.delete(start, start + $from.parent.nodeSize);
              tr.setSelection(TextSelection.create(tr.doc, start + 1));
              return true;
            })
            .run();
        }
        return editor
          .chain()
          .deleteSelection()
          .command(({ tr }) => {
            tr.split(tr.selection.from, 1, [{ type: this.type }]);
            return true;
          })
          .scrollIntoView()
          .run();
      },
    };
  },
});
const QuoteAttribution = Node.create({
  name: NODE.quoteAttribution,
  content: 'text*',
  marks: '',
  parseHTML: () => ['footer', 'cite', 'figcaption'].map((tag) => ({ tag, context: `${NODE.quote}/`, priority: 60 })),
  renderHTML: () => ['footer', { class: "mt-1 font-sans text-base text-muted-fg before:content-['—_']" }, 0],
  addKeyboardShortcuts() {
    return {
      // The attribution is the quote's last line: Enter goes on after the quote.
      Enter: ({ editor }) => {
        const { $from } = editor.state.selection;
        if ($from.parent.type.name !== this.name) return false;
        const after = $from.after($from.depth - 1);
        return editor
          .chain()
          .insertContentAt(after, { type: NODE.paragraph })
          .setTextSelection(after + 1)
          .run();
      },
    };
  },
});

/** The block model's headings: levels 2 and 3, plain text; a pasted h1 is a 2, h4 to h6 a 3. */
const BodyHeading = Heading.extend({
  content: 'text*',
  marks: '',
  parseHTML() {
    return [1, 2, 3, 4, 5, 6].map((n) => ({ tag: `h${n}`, attrs: { level: n <= 2 ? 2 : 3 } }));
  },
}).configure({ levels: [2, 3] });

/** A list item is one paragraph (the blocks hold no nested lists). */
const BodyListItem = ListItem.extend({ content: NODE.paragraph });

/** Turns the blocks under the selection into a quote, or the quote around it back into paragraphs. */
function toggleQuote(editor: Editor): boolean {
  return editor
    .chain()
    .focus()
    .command(({ tr, state, dispatch }) => {
      const { $from, $to } = state.selection;
      const { schema } = state;
      const para = (text: string) => schema.nodes.paragraph.create(null, text ? schema.text(text) : null);
      for (let d = $from.depth; d > 0; d--) {
        const node = $from.node(d);
        if (node.type.name !== NODE.quote) continue;
        const paragraphs: PMNode[] = [];
        node.forEach((child) => {
          if (child.type.name === NODE.quoteText || child.textContent.trim()) paragraphs.push(para(child.textContent));
        });
        const pos = $from.before(d);
        if (dispatch) {
          tr.replaceWith(pos, pos + node.nodeSize, paragraphs);
          tr.setSelection(TextSelection.near(tr.doc.resolve(pos + 1)));
        }
        return true;
      }
      if ($from.depth < 1) return false;
      const start = $from.before(1);
      const end = $to.depth >= 1 ? $to.after(1) : $to.pos;
      const texts: string[] = [];
      state.doc.nodesBetween(start, end, (node) => {
        if (node.isTextblock) texts.push(node.textContent);
        return !node.isTextblock;
      });
      if (texts.length === 0) return false;
      const quote = schema.nodes[NODE.quote].create(null, [
        ...texts.map((t) => schema.nodes[NODE.quoteText].create(null, t ? schema.text(t) : null)),
        schema.nodes[NODE.quoteAttribution].create(),
      ]);
      if (dispatch) {
        tr.replaceWith(start, end, quote);
        tr.setSelection(TextSelection.near(tr.doc.resolve(start + 2)));
      }
      return true;
    })
    .run();
}

/** Sets a textarea's value so React's change tracking sees it, then tells the form as typing would. */
function writeInto(textarea: HTMLTextAreaElement, value: string): void {
  if (textarea.value === value) return;
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(textarea, value);
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
}

const BUTTON =
  'min-h-11 min-w-11 rounded border border-line bg-page px-2 text-sm font-semibold aria-pressed:border-fg aria-pressed:bg-fg aria-pressed:text-page disabled:opacity-50';

type Panel = null | 'link' | 'media' | 'embed';

const IDLE = {
  bold: false,
  italic: false,
  link: false,
  h2: false,
  h3: false,
  quote: false,
  bullets: false,
  numbers: false,
  marksAllowed: true,
};

export function RichBodyEditor({
  source,
  describedBy,
  onReady,
  onRefused,
}: {
  /** The form's body textarea: read once when the editor opens, written on every change. */
  source: HTMLTextAreaElement;
  describedBy: string;
  onReady: () => void;
  /** The Markdown cannot be shown as rich text without losing something (it has mistakes). */
  onRefused: (errors: string[]) => void;
}) {
  // The document the editor opens with: the textarea's Markdown as typed, even before this loaded.
  const [opening] = useState(() => markdownToBlocks(source.value));
  const editor = useEditor({
    immediatelyRender: false,
    injectCSS: false,
    extensions: [
      Document,
      Paragraph,
      Text,
      Bold,
      Italic,
      Link.configure({
        openOnClick: false,
        autolink: false,
        linkOnPaste: true,
        isAllowedUri: (url) => isSafeHref(url),
        HTMLAttributes: { rel: null, target: null, class: 'text-link underline' },
      }),
      BodyHeading,
      BulletList.configure({ HTMLAttributes: { class: 'my-2 list-disc ps-6' } }),
      OrderedList.configure({ HTMLAttributes: { class: 'my-2 list-decimal ps-6' } }),
      BodyListItem,
      Quote,
      QuoteText,
      QuoteAttribution,
      BlockAtom,
      UndoRedo,
      Gapcursor,
      TrailingNode,
      Placeholder.configure({
        includeChildren: true,
        showOnlyCurrent: false,
        placeholder: ({ node, editor: e }) =>
          node.type.name === NODE.quoteAttribution
            ? 'Who said it (optional)'
            : e.isEmpty && node.type.name === NODE.paragraph
              ? 'Write the story…'
              : '',
      }),
    ],
    content: blocksToDoc(opening.blocks) as unknown as Record<string, unknown>,
    editorProps: {
      attributes: {
        id: 'f-body-rich',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': 'f-body-label',
        'aria-describedby': describedBy,
        dir: 'auto',
        class:
          'min-h-80 whitespace-pre-wrap break-words rounded-b border border-line bg-page p-3 font-serif text-lg leading-relaxed [&_h2]:mt-4 [&_h2]:mb-2 [&_h2]:font-sans [&_h2]:text-2xl [&_h2]:font-bold [&_h3]:mt-3 [&_h3]:mb-1 [&_h3]:font-sans [&_h3]:text-xl [&_h3]:font-bold [&_p]:my-2 [&_li_p]:my-0 [&_.is-empty]:before:pointer-events-none [&_.is-empty]:before:float-left [&_.is-empty]:before:h-0 [&_.is-empty]:before:text-muted-fg [&_.is-empty]:before:content-[attr(data-placeholder)] [&_.ProseMirror-selectednode]:outline-3 [&_.ProseMirror-selectednode]:outline-focus [&_.ProseMirror-gapcursor]:relative [&_.ProseMirror-gapcursor]:block [&_.ProseMirror-gapcursor]:h-4 [&_.ProseMirror-gapcursor]:border-t-2 [&_.ProseMirror-gapcursor]:border-fg',
      },
      // Word's and Google Docs' markup made plain first; the schema then keeps what it can hold.
      transformPastedHTML: (html) => cleanPastedHtml(html),
    },
    onUpdate: ({ editor: e }) => {
      writeInto(source, blocksToMarkdown(docToBlocks(e.getJSON() as DocNode)));
    },
  });

  const refused = opening.errors.length > 0;
  useEffect(() => {
    if (refused) onRefused(opening.errors);
    else if (editor) onReady();
  }, [editor, refused, opening, onReady, onRefused]);

  // Until the editor's first transaction the hook still holds its state from before the editor
  // existed (none): nothing is active then.
  const active =
    useEditorState({
      editor,
      selector: ({ editor: e }) =>
        e
          ? {
              bold: e.isActive('bold'),
              italic: e.isActive('italic'),
              link: e.isActive('link'),
              h2: e.isActive('heading', { level: 2 }),
              h3: e.isActive('heading', { level: 3 }),
              quote: e.isActive(NODE.quote),
              bullets: e.isActive(NODE.bulletList),
              numbers: e.isActive(NODE.orderedList),
              marksAllowed: e.can().toggleBold(),
            }
          : null,
    }) ?? IDLE;

  const [panel, setPanel] = useState<Panel>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  if (!editor || refused) return null;

  // Every button is a tab stop, and the arrow keys also move along the toolbar (as in ARIA's toolbar).
  const onToolbarKey = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    const buttons = Array.from(toolbar.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    const rtl = getComputedStyle(toolbar.current!).direction === 'rtl';
    const step = (event.key === 'ArrowRight') !== rtl ? 1 : -1;
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : (at + step + buttons.length) % buttons.length;
    buttons[next].focus();
  };

  const tool = (
    label: string,
    content: ReactNode,
    run: () => void,
    pressed?: boolean,
    keys?: string,
    disabled = false,
  ) => (
    <button
      type="button"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={keys}
      title={keys ? `${label} (${keys.replace('Control', 'Ctrl')})` : label}
      disabled={disabled}
      // Keeps the text's selection while the pointer presses the button.
      onMouseDown={(event) => event.preventDefault()}
      onClick={run}
      className={BUTTON}
    >
      {content}
    </button>
  );

  const insertBlock = (block: Block) => {
    editor
      .chain()
      .focus()
      .insertContent({ type: NODE.atom, attrs: { block } })
      .command(({ tr, dispatch }) => {
        // Typing goes on below the card: into the text block after it, or a new paragraph there
        // (with the card itself selected, the next key would replace it).
        const { selection } = tr;
        if (selection instanceof TextSelection && selection.$from.parent.isTextblock) return true;
        const pos = selection instanceof NodeSelection ? selection.to : selection.from;
        const after = tr.doc.resolve(pos).nodeAfter;
        if (dispatch) {
          if (!after?.isTextblock) tr.insert(pos, tr.doc.type.schema.nodes.paragraph.create());
          tr.setSelection(TextSelection.create(tr.doc, pos + 1));
        }
        return true;
      })
      .run();
    setPanel(null);
  };

  return (
    <div className="flex flex-col">
      <div
        ref={toolbar}
        role="toolbar"
        aria-label="Formatting"
        aria-controls="f-body-rich"
        onKeyDown={onToolbarKey}
        className="sticky top-0 z-10 flex flex-wrap gap-1 rounded-t border border-b-0 border-line bg-surface p-1"
      >
        {tool(
          'Bold',
          <b>B</b>,
          () => editor.chain().focus().toggleBold().run(),
          active.bold,
          'Control+B',
          !active.marksAllowed,
        )}
        {tool(
          'Italic',
          <i className="font-serif">I</i>,
          () => editor.chain().focus().toggleItalic().run(),
          active.italic,
          'Control+I',
          !active.marksAllowed,
        )}
        {tool(
          'Link',
          'Link',
          () => setPanel(panel === 'link' ? null : 'link'),
          active.link,
          undefined,
          !active.marksAllowed,
        )}
        {tool('Heading', 'H2', () => editor.chain().focus().toggleHeading({ level: 2 }).run(), active.h2)}
        {tool('Subheading', 'H3', () => editor.chain().focus().toggleHeading({ level: 3 }).run(), active.h3)}
        {tool('Quote', '“ ”', () => toggleQuote(editor), active.quote)}
        {tool('Bulleted list', '• List', () => editor.chain().focus().toggleBulletList().run(), active.bullets)}
        {tool('Numbered list', '1. List', () => editor.chain().focus().toggleOrderedList().run(), active.numbers)}
        {tool('Picture or media', 'Picture', () => setPanel(panel === 'media' ? null : 'media'), panel === 'media')}
        {tool('Embed', 'Embed', () => setPanel(panel === 'embed' ? null : 'embed'), panel === 'embed')}
      </div>
      {panel === 'link' ? (
        <LinkPanel
          initial={(editor.getAttributes('link').href as string | undefined) ?? ''}
          onApply={(href) => {
            const chain = editor.chain().focus().extendMarkRange('link');
            (href ? chain.setLink({ href }) : chain.unsetLink()).run();
            setPanel(null);
          }}
          onClose={() => {
            setPanel(null);
            editor.commands.focus();
          }}
        />
      ) : null}
      {panel === 'media' ? (
        <MediaPanel
          onInsert={insertBlock}
          onClose={() => {
            setPanel(null);
            editor.commands.focus();
          }}
        />
      ) : null}
      {panel === 'embed' ? (
        <EmbedPanel
          onInsert={insertBlock}
          onClose={() => {
            setPanel(null);
            editor.commands.focus();
          }}
        />
      ) : null}
      <EditorContent editor={editor} />
    </div>
  );
}

/**
 * A small form inside the toolbar's panel. Its fields have no name (they are not the article's),
 * their changes stay out of the form's unsaved-changes tracking, and Enter applies instead of saving.
 */
function Panel({
  label,
  children,
  error,
  onSubmit,
  onClose,
  submitLabel,
}: {
  label: string;
  children: ReactNode;
  error: string | null;
  onSubmit: () => void;
  onClose: () => void;
  submitLabel: string;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className="flex flex-wrap items-end gap-2 border border-b-0 border-line bg-surface p-2"
      onChange={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          onSubmit();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      {children}
      <button type="button" onClick={onSubmit} className="min-h-11 rounded bg-brand px-4 font-semibold text-brand-fg">
        {submitLabel}
      </button>
      <button
        type="button"
        onClick={onClose}
        className="min-h-11 rounded border border-line bg-page px-4 font-semibold"
      >
        Cancel
      </button>
      {error ? (
        <p role="alert" className="w-full text-sm font-semibold text-link">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function PanelField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      {children}
    </div>
  );
}

function LinkPanel({
  initial,
  onApply,
  onClose,
}: {
  initial: string;
  onApply: (href: string) => void;
  onClose: () => void;
}) {
  const [href, setHref] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    const value = href.trim();
    if (value && !isSafeHref(value))
      setError('Links must start with https://, http://, mailto: or / (a page of this site).');
    else onApply(value);
  };
  return (
    <Panel
      label="Link"
      error={error}
      onSubmit={apply}
      onClose={onClose}
      submitLabel={href.trim() ? 'Apply link' : 'Remove link'}
    >
      <PanelField id="rich-link-href" label="Link address">
        <input
          id="rich-link-href"
          autoFocus
          value={href}
          onChange={(e) => setHref(e.target.value)}
          inputMode="url"
          placeholder="https://"
          className={`${INPUT_CLASS} w-72 max-w-full`}
        />
      </PanelField>
    </Panel>
  );
}

const MEDIA_KINDS = {
  image: { name: 'Picture', text: 'Alt text' },
  video: { name: 'Video', text: 'Caption' },
  audio: { name: 'Audio', text: 'Caption' },
  file: { name: 'Download', text: 'Title' },
} as const;
type MediaKind = keyof typeof MEDIA_KINDS;

function MediaPanel({ onInsert, onClose }: { onInsert: (block: Block) => void; onClose: () => void }) {
  const [kind, setKind] = useState<MediaKind>('image');
  const [id, setId] = useState('');
  const [text, setText] = useState('');
  const [caption, setCaption] = useState('');
  const [error, setError] = useState<string | null>(null);
  const insert = () => {
    const mediaId = Number(id.trim());
    const words = text.trim() || undefined;
    const raw =
      kind === 'image'
        ? { type: kind, mediaId, alt: words, caption: caption.trim() || undefined }
        : kind === 'file'
          ? { type: kind, mediaId, title: words }
          : { type: kind, mediaId, caption: words };
    const parsed = blockSchema.safeParse(JSON.parse(JSON.stringify(raw)));
    if (!Number.isInteger(mediaId) || mediaId <= 0 || !parsed.success) {
      setError('Give the media id of an item in the library (a whole number; see Media).');
      return;
    }
    onInsert(parsed.data);
  };
  return (
    <Panel label="Picture or media" error={error} onSubmit={insert} onClose={onClose} submitLabel="Insert">
      <PanelField id="rich-media-kind" label="Kind">
        <select
          id="rich-media-kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as MediaKind)}
          className={INPUT_CLASS}
        >
          {Object.entries(MEDIA_KINDS).map(([value, k]) => (
            <option key={value} value={value}>
              {k.name}
            </option>
          ))}
        </select>
      </PanelField>
      <PanelField id="rich-media-id" label="Media id">
        <input
          id="rich-media-id"
          autoFocus
          value={id}
          onChange={(e) => setId(e.target.value)}
          list={kind === 'image' ? 'editor-pictures' : undefined}
          inputMode="numeric"
          className={`${INPUT_CLASS} w-28`}
        />
      </PanelField>
      <PanelField id="rich-media-text" label={MEDIA_KINDS[kind].text}>
        <input
          id="rich-media-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          className={`${INPUT_CLASS} w-56 max-w-full`}
        />
      </PanelField>
      {kind === 'image' ? (
        <PanelField id="rich-media-caption" label="Caption">
          <input
            id="rich-media-caption"
            value={caption}
            onChange={(e) => setCaption(e.target.value)}
            className={`${INPUT_CLASS} w-56 max-w-full`}
          />
        </PanelField>
      ) : null}
    </Panel>
  );
}

function EmbedPanel({ onInsert, onClose }: { onInsert: (block: Block) => void; onClose: () => void }) {
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const insert = () => {
    const value = url.trim();
    const provider = embedProviderFor(value);
    const parsed = provider
      ? blockSchema.safeParse({ type: 'embed', provider, url: value, ...(title.trim() ? { title: title.trim() } : {}) })
      : null;
    if (!parsed?.success) {
      const names = Object.values(EMBED_PROVIDERS)
        .map((p) => p.name)
        .join(', ');
      setError(`Embeds are https addresses on ${names}.`);
      return;
    }
    onInsert(parsed.data);
  };
  return (
    <Panel label="Embed" error={error} onSubmit={insert} onClose={onClose} submitLabel="Insert">
      <PanelField id="rich-embed-url" label="Address (YouTube, X, Telegram, VK, Rutube)">
        <input
          id="rich-embed-url"
          autoFocus
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          inputMode="url"
          placeholder="https://"
          className={`${INPUT_CLASS} w-72 max-w-full`}
        />
      </PanelField>
      <PanelField id="rich-embed-title" label="Title (optional)">
        <input
          id="rich-embed-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          className={`${INPUT_CLASS} w-56 max-w-full`}
        />
      </PanelField>
    </Panel>
  );
}
