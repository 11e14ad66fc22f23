;;; canvaslang-mode.el --- Major mode for CanvasLang value proposition canvases -*- lexical-binding: t; -*-

;; Copyright (C) 2026 CanvasLang contributors
;; SPDX-License-Identifier: MIT
;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages
;; URL: https://github.com/canvaslang/canvaslang

;;; Commentary:

;; Major mode for CanvasLang (*.canvas): Value Proposition Canvases as text.
;; Font-lock (including `// canvaslang-disable-next-line CV101' suppression comments), comments,
;; brace indentation, and registration of the `canvaslang lsp' language server with eglot.
;;
;; JSON Canvas files (another format that also uses .canvas) start with `{': they are opened in a
;; JSON mode instead.
;;
;;   (require 'canvaslang-mode)
;;   (add-hook 'canvaslang-mode-hook #'eglot-ensure)   ; optional: start the server automatically

;;; Code:

(require 'prog-mode)

(defgroup canvaslang nil
  "CanvasLang value proposition canvases."
  :group 'languages
  :prefix "canvaslang-")

(defcustom canvaslang-indent-offset 2
  "Indentation of entries inside a block."
  :type 'integer
  :safe #'integerp)

(defcustom canvaslang-server-command '("canvaslang" "lsp")
  "Command line of the CanvasLang language server, used by eglot."
  :type '(repeat string))

(defconst canvaslang--id "[A-Za-z_][A-Za-z0-9_-]*")

(defconst canvaslang--declarations
  '("title" "import" "segment" "profile" "valuemap" "statement" "test" "learning" "purpose" "businessmodel" "persona" "interview" "assumption" "positioning" "empathymap" "fit" "swot" "metrics"))
(defconst canvaslang--entries '("job" "pain" "gain" "product" "service" "reliever" "creator" "strength" "weakness" "opportunity" "threat" "action"))
(defconst canvaslang--qualifiers
  '("functional" "social" "emotional" "personal" "undesired" "obstacle" "risk" "required" "expected"
    "desired" "unexpected" "physical" "digital" "intangible" "financial" "company" "brand" "customer"))
(defconst canvaslang--attributes
  '("importance" "severity" "relevance" "rank" "as" "priority" "status" "due" "date" "reliability" "aka" "for" "from"
    "hypothesis" "experiment" "metric" "criteria" "owner" "cost" "observation" "insight" "decision"
    "channels" "relationships" "revenue" "resources" "activities" "partners" "costs"
    "goal" "frustration" "behaviour" "quote" "trait" "who" "note" "belief" "type" "evidence" "next"
    "need" "offer" "category" "benefit" "alternative" "differentiator" "proof"
    "see" "say" "do" "hear" "think" "feel" "pains" "gains" "stage" "target" "every"))
(defconst canvaslang--references '("serves" "relieves" "creates" "segments" "propositions" "basedon" "heard" "tests" "pairs" "tracks"))
(defconst canvaslang--values
  '("critical" "high" "medium" "low" "extreme" "moderate" "essential" "nice"
    "buyer" "cocreator" "transferrer" "planned" "running" "validated" "invalidated" "inconclusive"
    "desirability" "feasibility" "viability" "none" "weak" "some" "strong" "persevere" "pivot" "kill" "retest"
    "problem-solution" "product-market" "business-model"
    "day" "week" "month" "quarter" "year"))

(defface canvaslang-directive-face
  '((t :inherit font-lock-preprocessor-face :weight bold))
  "Face for `canvaslang-disable' suppression directives in comments.")

(defun canvaslang--words (words)
  (concat "\\_<" (regexp-opt words t) "\\_>"))

(defun canvaslang--match-references (limit)
  "Move over a reference list after serves/relieves/creates, up to LIMIT."
  (when (re-search-forward (concat (canvaslang--words canvaslang--references) "[ \t]+") limit t)
    (let ((start (point)))
      (while (and (< (point) limit)
                  (looking-at (concat canvaslang--id "\\(?:[ \t]*,[ \t]*\\)?"))
                  (not (looking-at (canvaslang--words '("relevance" "rank" "priority" "serves" "relieves" "creates" "pairs" "tracks" "target" "every")))))
        (goto-char (match-end 0)))
      (set-match-data (list start (point)))
      t)))

(defconst canvaslang-font-lock-keywords
  `(;; suppression directives inside comments
    ("//[ \t]*\\(canvaslang-\\(?:disable-next-line\\|disable\\|enable\\)\\)\\_>\\(.*\\)$"
     (1 'canvaslang-directive-face t)
     ("\\_<CV[0-9]\\{3\\}\\_>\\|\\_<[a-z][a-z0-9]*\\(?:-[a-z0-9]+\\)+\\_>"
      (goto-char (match-beginning 2)) nil (0 font-lock-constant-face t)))
    ;; declarations and the name they declare
    (,(concat (canvaslang--words '("segment" "profile" "valuemap" "statement" "businessmodel" "test" "learning" "persona" "interview" "assumption" "positioning" "empathymap" "swot"))
              "[ \t]+\\(" canvaslang--id "\\)")
     (1 font-lock-keyword-face) (2 font-lock-type-face))
    (,(canvaslang--words canvaslang--declarations) . font-lock-keyword-face)
    ;; entries: qualifier? kind id?
    (,(concat (canvaslang--words canvaslang--entries) "[ \t]+\\(" canvaslang--id "\\)")
     (2 font-lock-function-name-face))
    (,(canvaslang--words canvaslang--entries) . font-lock-builtin-face)
    (,(canvaslang--words canvaslang--qualifiers) . font-lock-type-face)
    (,(canvaslang--words canvaslang--references) . font-lock-keyword-face)
    (canvaslang--match-references . font-lock-variable-name-face)
    (,(canvaslang--words canvaslang--attributes) . font-lock-preprocessor-face)
    (,(canvaslang--words canvaslang--values) . font-lock-constant-face)
    ("\\_<[0-9]\\{4\\}-[0-9]\\{2\\}-[0-9]\\{2\\}\\_>" . font-lock-constant-face)
    ("\\_<[0-9]+\\_>" . font-lock-constant-face))
  "Font-lock keywords for `canvaslang-mode'.")

(defvar canvaslang-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?/ ". 124b" table)
    (modify-syntax-entry ?* ". 23" table)
    (modify-syntax-entry ?\n "> b" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?\\ "\\" table)
    (modify-syntax-entry ?_ "_" table)
    (modify-syntax-entry ?- "_" table)
    (modify-syntax-entry ?{ "(}" table)
    (modify-syntax-entry ?} "){" table)
    (modify-syntax-entry ?, "." table)
    table)
  "Syntax table for `canvaslang-mode'.")

(defun canvaslang-indent-line ()
  "Indent the current line: one `canvaslang-indent-offset' per enclosing brace."
  (interactive)
  (let* ((ppss (save-excursion (syntax-ppss (line-beginning-position))))
         (depth (car ppss))
         (closing (save-excursion (back-to-indentation) (eq (char-after) ?})))
         (in-comment (nth 4 ppss))
         (target (* canvaslang-indent-offset (max 0 (if closing (1- depth) depth))))
         (offset (- (current-column) (current-indentation))))
    (unless in-comment
      (indent-line-to target)
      (when (> offset 0) (forward-char offset)))))

(defvar canvaslang-mode-map
  (let ((map (make-sparse-keymap)))
    map)
  "Keymap for `canvaslang-mode'.")

;;;###autoload
(define-derived-mode canvaslang-mode prog-mode "CanvasLang"
  "Major mode for CanvasLang value proposition canvases (*.canvas)."
  :syntax-table canvaslang-mode-syntax-table
  (setq-local comment-start "// ")
  (setq-local comment-end "")
  (setq-local comment-start-skip "\\(?://+\\|/\\*+\\)[ \t]*")
  (setq-local comment-multi-line nil)
  (setq-local indent-line-function #'canvaslang-indent-line)
  (setq-local indent-tabs-mode nil)
  (setq-local electric-indent-chars (append '(?} ?{) electric-indent-chars))
  (setq-local font-lock-defaults '(canvaslang-font-lock-keywords nil nil))
  (setq-local font-lock-multiline nil))

(defun canvaslang--json-canvas-p ()
  "Non-nil if the buffer is a JSON Canvas file (first non-blank character `{')."
  (save-excursion
    (goto-char (point-min))
    (skip-chars-forward " \t\r\n")
    (eq (char-after) ?{)))

;;;###autoload
(defun canvaslang-mode-or-json ()
  "Enter `canvaslang-mode', or a JSON mode for JSON Canvas files."
  (if (canvaslang--json-canvas-p)
      (cond ((fboundp 'json-ts-mode) (json-ts-mode))
            ((fboundp 'js-json-mode) (js-json-mode))
            ((fboundp 'json-mode) (json-mode))
            (t (js-mode)))
    (canvaslang-mode)))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.canvas\\'" . canvaslang-mode-or-json))

;;;###autoload
(with-eval-after-load 'eglot
  (defvar eglot-server-programs)
  (add-to-list 'eglot-server-programs
               `(canvaslang-mode . ,(lambda (&optional _interactive) canvaslang-server-command))))

(provide 'canvaslang-mode)
;;; canvaslang-mode.el ends here
