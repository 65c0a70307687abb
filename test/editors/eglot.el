;;; eglot.el --- Emacs's eglot on the PlanLint language server  -*- lexical-binding: t -*-
;; Eglot (the elpa-eglot package on Debian's Emacs 28; built in from Emacs 29) on the language server from
;; the installed npm package, set up as docs/editors.md says.  Run in batch by editors.test.mjs: it writes
;; what the editor showed at each step to $OUT (JSON); the test asserts.
(require 'package)
(package-initialize)
(require 'eglot)
(require 'json)
(require 'cl-lib)

(define-derived-mode planlint-mode prog-mode "PlanLint" "PlanLint plans and registries.")
(add-to-list 'auto-mode-alist '("\\.\\(plan\\.ya?ml\\|orgs\\.yaml\\)\\'" . planlint-mode))
(add-to-list 'eglot-server-programs '(planlint-mode . ("npx" "planlint-language-server" "--stdio")))
(setq-default eglot-workspace-configuration '(:planlint (:locale "en")))

(defvar planlint-out nil "What the editor showed, step by step.")
(defun planlint-note (key value) (push (cons key value) planlint-out))
(defun planlint-wait (pred seconds)
  "Let the server answer until PRED holds or SECONDS pass."
  (let ((end (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) end))
      (accept-process-output nil 0.05))))
(defun planlint-diagnostics ()
  (mapcar (lambda (d)
            (save-excursion
              (goto-char (flymake-diagnostic-beg d))
              `((line . ,(1- (line-number-at-pos))) (col . ,(- (point) (line-beginning-position)))
                (text . ,(flymake-diagnostic-text d)))))
          (flymake-diagnostics)))
(defun planlint-goto (text &optional delta)
  (goto-char (point-min))
  (search-forward text)
  (goto-char (+ (match-beginning 0) (or delta 0))))

(condition-case err
    (let* ((repo (getenv "PLANS_REPO"))
           (default-directory (file-name-as-directory repo))
           (plan (expand-file-name "plans/sx-industry-13th.plan.yaml" repo)))
      (find-file plan)
      (apply #'eglot (eglot--guess-contact))
      (planlint-wait (lambda () (eglot-managed-p)) 30)

      ;; 1. Open a seed plan: its diagnostics, in Flymake.
      (planlint-wait (lambda () (flymake-diagnostics)) 30)
      (planlint-note 'opened (planlint-diagnostics))

      ;; 2. Hover a number: its source paragraph.
      (planlint-goto "value: 952.9" 8)
      (let ((hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                    (eglot--TextDocumentPositionParams))))
        (planlint-note 'hover (plist-get (plist-get hover :contents) :value)))

      ;; 3. Definition from a quote: the source document, at the quoted text (xref, as M-. does).
      (planlint-goto "非煤产业占全部工业增加值比重达到60%以上" 3)
      (xref-find-definitions (xref-backend-identifier-at-point 'eglot))
      (planlint-note 'definition `((file . ,(file-name-nondirectory (buffer-file-name)))
                                   (text . ,(buffer-substring (point) (line-end-position)))))
      (switch-to-buffer (get-file-buffer plan))

      ;; 4. An edit: the quote no longer matches its document.
      (planlint-goto "比重达到60%以上\"" 4)
      (delete-char 1)
      (insert "7")
      (let ((line (1- (line-number-at-pos))))
        (planlint-note 'edited_line line)
        (eglot--signal-textDocument/didChange)
        (planlint-wait (lambda () (cl-some (lambda (d) (= (alist-get 'line d) line)) (planlint-diagnostics))) 15))
      (planlint-note 'edited (planlint-diagnostics))

      ;; 5. A code action on the stated growth, picked as a user would (the completion prompt), and applied.
      (planlint-goto "value: \"11%\"" 7)
      (let ((line (1- (line-number-at-pos)))
            (offered nil)
            (last-nonmenu-event 13))
        (planlint-note 'growth_line line)
        (cl-letf (((symbol-function 'completing-read)
                   (lambda (_prompt items &rest _)
                     (setq offered (mapcar #'car items))
                     (cl-find-if (lambda (title) (string-match-p "inconsistency" title)) offered))))
          (eglot-code-actions (line-beginning-position) (line-end-position) "quickfix" t))
        (planlint-note 'actions (vconcat offered))
        ;; The line the growth was on now holds the recorded decision (read by number: point moved down).
        (planlint-note 'fixed_text (save-excursion (goto-char (point-min)) (forward-line line)
                                                   (buffer-substring (line-beginning-position) (line-end-position))))
        (eglot--signal-textDocument/didChange)
        ;; Checked again: the finding is there as acknowledged, no longer open.
        (planlint-wait (lambda ()
                         (cl-some (lambda (d) (and (= (alist-get 'line d) (1+ line))
                                                   (string-match-p "acknowledged: " (alist-get 'text d))))
                                  (planlint-diagnostics)))
                       15)
        (planlint-wait (lambda ()
                         (not (cl-some (lambda (d) (and (= (alist-get 'line d) (1+ line))
                                                        (string-match-p "growth-mismatch\\|stated growth"
                                                                        (alist-get 'text d))
                                                        (not (string-match-p "acknowledged: "
                                                                             (alist-get 'text d)))))
                                       (planlint-diagnostics))))
                       15))
      (planlint-note 'fixed (planlint-diagnostics)))
  (error (planlint-note 'error (format "%S" err))))

(with-temp-file (getenv "OUT") (insert (json-encode planlint-out)))
(kill-emacs 0)
