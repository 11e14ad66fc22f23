;;; diagnostics-test.el --- Headless Emacs test: canvaslang-mode + eglot receive CV101 -*- lexical-binding: t; -*-

;; Opens a canvas with a vague pain through canvaslang-mode, starts eglot with the server that
;; canvaslang-mode registers in `eglot-server-programs', and waits until Flymake shows CV101.
;;   emacs --batch -Q -l editors/emacs/test/diagnostics-test.el
;; Env: CANVASLANG_SERVER (server command before `lsp', split on spaces), CANVASLANG_TIMEOUT_MS (60000).

;;; Code:

(require 'package)
;; Debian's elpa-* packages live in the system package directory, which `-Q' leaves out.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'cl-lib)
(require 'subr-x)

(defvar canvaslang-test--done nil)

(defun canvaslang-test--finish (ok message)
  (setq canvaslang-test--done t)
  (princ (format "%s: %s\n" (if ok "PASS" "FAIL") message))
  (kill-emacs (if ok 0 1)))

;; An error in eglot's process sentinel (the server died) ends batch Emacs outside any
;; condition-case: say what happened instead of leaving only a backtrace.
(setq backtrace-on-error-noninteractive nil)
(add-hook 'kill-emacs-hook
          (lambda ()
            (unless canvaslang-test--done
              (princ "FAIL: the language server died before publishing diagnostics (see its error above)\n"))))

(defconst canvaslang-test--repo
  (expand-file-name "../../.." (file-name-directory (or load-file-name buffer-file-name))))

(condition-case err
    (progn
      (unless (require 'eglot nil t)
        (canvaslang-test--finish nil "eglot is not installed (apt-get install -y elpa-eglot)"))
      (add-to-list 'load-path (expand-file-name "editors/emacs" canvaslang-test--repo))
      (require 'canvaslang-mode)
      (let* ((server (or (getenv "CANVASLANG_SERVER") ""))
             (timeout (/ (string-to-number (or (getenv "CANVASLANG_TIMEOUT_MS") "60000")) 1000.0))
             (dir (make-temp-file "canvaslang-emacs-" t))
             (file (expand-file-name "vague.canvas" dir))
             (started (float-time))
             found)
        (when (string-empty-p server)
          (canvaslang-test--finish nil "CANVASLANG_SERVER is not set (run editors/emacs/test/run.sh)"))
        (setq canvaslang-server-command (append (split-string server " " t) '("lsp"))
              eglot-connect-timeout (+ 5 (ceiling timeout)) ; our own timeout, with its message, comes first
              eglot-sync-connect nil)
        (with-temp-file file
          (insert "segment commuters \"Urban commuters who buy coffee on the way to work\"\n\n"
                  "profile commuters {\n"
                  "  functional job get_coffee \"Buy a hot coffee before the 8:10 train\" importance high\n"
                  "  pain price \"Too expensive\"\n"
                  "}\n"))
        (find-file file)
        (unless (eq major-mode 'canvaslang-mode)
          (canvaslang-test--finish nil (format "major mode is %s, expected canvaslang-mode (auto-mode-alist)" major-mode)))
        (let ((contact (eglot--guess-contact)))
          (unless (equal (nth 3 contact) canvaslang-server-command)
            (canvaslang-test--finish nil (format "eglot would run %S, not canvaslang-server-command" (nth 3 contact))))
          (princ (format "server: %s; waiting up to %.0f s for CV101\n" (string-join canvaslang-server-command " ") timeout))
          (apply #'eglot contact))
        (while (and (not found) (< (- (float-time) started) timeout))
          (accept-process-output nil 0.2)
          (when (bound-and-true-p flymake-mode)
            (flymake-start))            ; batch Emacs has no idle time for Flymake's own timer
          (setq found (cl-find-if (lambda (d) (string-match-p "\\bCV101\\b" (flymake-diagnostic-text d)))
                                  (flymake-diagnostics)))
          ;; The server's process, not `eglot-current-server': that is nil until initialize answers.
          (unless (or found (cl-some (lambda (p) (and (string-prefix-p "EGLOT" (process-name p)) (process-live-p p)))
                                     (process-list)))
            (canvaslang-test--finish nil "the language server is not running (it exited or never started)")))
        (if found
            (canvaslang-test--finish
             t (format "Flymake shows %S on line %d after %.1f s" (flymake-diagnostic-text found)
                       (line-number-at-pos (flymake-diagnostic-beg found)) (- (float-time) started)))
          (canvaslang-test--finish
           nil (format "no CV101 diagnostic within %.0f s; Flymake has %S" timeout
                       (mapcar #'flymake-diagnostic-text (flymake-diagnostics)))))))
  (error (canvaslang-test--finish nil (format "%s" (error-message-string err)))))

;;; diagnostics-test.el ends here
